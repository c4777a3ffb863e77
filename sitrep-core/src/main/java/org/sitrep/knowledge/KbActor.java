package org.sitrep.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.ActorKind;

/**
 * One entry of the knowledge base: a person, organisation, group, country or place with a stable id, the spellings
 * news uses for it, the positions it held and whom it is backed by, a member of, or led by. Lists are never null and
 * are unmodifiable; the record is immutable.
 *
 * <p>An alias that starts with {@code !} ("!Amnesty") is also an ordinary word and matches only text that starts with
 * a capital letter; the {@code !} is a marker, not part of the spelling (see {@link #names()}).
 *
 * @param id stable lower-case slug such as {@code kataib-hezbollah}
 * @param country ISO 3166-1 alpha-3 code or {@code IGO} of the country the actor belongs to or acts for, or null
 * @param sector CAMEO/PLOVER sector code ({@code GOV}, {@code MIL}, {@code REB} ...), or null
 * @param backedBy ids of backers: knowledge-base ids or lower-case ISO alpha-3 codes ({@code irn})
 * @param memberOf ids of the organisations the actor belongs to
 * @param ledBy ids of the actor's leaders over time; their roles say when each led
 */
public record KbActor(
    String id,
    String name,
    ActorKind kind,
    @Nullable String country,
    @Nullable String sector,
    List<String> aliases,
    List<KbRole> roles,
    List<String> backedBy,
    List<String> memberOf,
    List<String> ledBy) {

  /** What an id looks like: lower-case ASCII letters and digits in hyphen-separated runs. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** Checks the id, name and codes, and copies the lists. */
  public KbActor {
    Objects.requireNonNull(kind, "kind");
    checkId(id, "id");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank name for " + id);
    }
    if (country != null && !KbRole.CODE.matcher(country).matches()) {
      throw new IllegalArgumentException("country must be an ISO alpha-3 code or IGO: '" + country + "'");
    }
    if (sector != null && !KbRole.CODE.matcher(sector).matches()) {
      throw new IllegalArgumentException("sector must be three capital letters: '" + sector + "'");
    }
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    backedBy = List.copyOf(backedBy);
    memberOf = List.copyOf(memberOf);
    ledBy = List.copyOf(ledBy);
    for (List<String> ids : List.of(backedBy, memberOf, ledBy)) {
      ids.forEach(ref -> checkId(ref, "reference"));
    }
  }

  private static void checkId(String id, String what) {
    Objects.requireNonNull(id, what);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "invalid " + what + " '" + id + "': use lower-case letters, digits and single hyphens");
    }
  }

  /** The roles held on {@code day}, in file order; all roles if {@code day} is null. A role without dates counts. */
  public List<KbRole> rolesOn(@Nullable LocalDate day) {
    return day == null ? roles : roles.stream().filter(role -> role.activeOn(day)).toList();
  }

  /** The name followed by the aliases, without {@code !} markers: every spelling this actor is known by. */
  public List<String> names() {
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(name);
    aliases.forEach(alias -> names.add(SurfaceForms.spelling(alias)));
    return List.copyOf(names);
  }
}
