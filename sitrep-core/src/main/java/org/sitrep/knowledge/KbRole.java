package org.sitrep.knowledge;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A position an actor held, such as "President" of {@code IRN} in sector {@code GOV} from 2013-08-03 to 2021-08-03.
 * Both dates are inclusive; a null date means open at that end. Immutable.
 *
 * @param title what the position is called ("Foreign Minister"); for imported PETRARCH roles, the CAMEO code
 * @param country ISO 3166-1 alpha-3 code or {@code IGO}, or null if unknown
 * @param sector CAMEO/PLOVER sector code such as {@code GOV}, {@code MIL}, {@code REB}, or null if unknown
 */
public record KbRole(
    String title, @Nullable String country, @Nullable String sector, @Nullable LocalDate from, @Nullable LocalDate to) {

  static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  /** Rejects a blank title, codes that are not three capital letters, and a role that ends before it starts. */
  public KbRole {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("blank role title");
    }
    if (country != null && !CODE.matcher(country).matches()) {
      throw new IllegalArgumentException("country must be an ISO alpha-3 code or IGO: '" + country + "'");
    }
    if (sector != null && !CODE.matcher(sector).matches()) {
      throw new IllegalArgumentException("sector must be three capital letters: '" + sector + "'");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("role ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** True if the role was held on {@code day}: on or after {@code from} and on or before {@code to}, where set. */
  public boolean activeOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
