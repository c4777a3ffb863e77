package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small corpus written for the store's tests: a wire story, a syndicated copy of it on another site (a changed
 * headline, a dropped paragraph, curly quotes and the site's own junk lines), an independent report of the same
 * rocket attack by a third outlet, and an unrelated article.
 */
final class WireStories {

  private WireStories() {}

  static final String WIRE = """
      Rockets hit Baghdad's Green Zone as militia steps up pressure

      BAGHDAD (Reuters) - Kataib Hezbollah fired three rockets at the U.S. embassy in Baghdad on Monday, Iraqi security \
      officials said, the latest in a string of attacks on American interests in the country.

      The rockets landed inside the heavily fortified Green Zone, which houses government buildings and foreign \
      missions. One of them struck a parking area near the embassy compound, the officials said, but caused no casualties.

      "This is a clear message that the occupation must end," a spokesman for Kataib Hezbollah said in a statement \
      posted on the group's Telegram channel.

      Police colonel Farid Qassemi said security forces had found the launch site in the eastern district of \
      Baladiyat and recovered an unused rocket.

      The United States has blamed Iran-backed groups for the attacks and has threatened to respond. Washington \
      accuses Tehran of arming and funding the militias, a charge Iran denies.

      Iraqi Prime Minister Mohammed Shia al-Sudani condemned the attack and ordered an investigation, his office said.
      """;

  static final String COPY = """
      Militia rockets hit Baghdad's Green Zone
      Subscribe to our newsletter for the latest news
      BAGHDAD (Reuters) - Kataib Hezbollah fired three rockets at the U.S. embassy in Baghdad on Monday, Iraqi security \
      officials said, the latest in a string of attacks on American interests in the country.

      The rockets landed inside the heavily fortified Green Zone, which houses government buildings and foreign \
      missions. One of them struck a parking area near the embassy compound, the officials said, but caused no casualties.

      Photo: Reuters

      \u201cThis is a clear message that the occupation must end,\u201d a spokesman for Kataib Hezbollah said in a \
      statement posted on the group's Telegram channel.

      Police colonel Farid Qassemi said security forces had found the launch site in the eastern district of \
      Baladiyat and recovered an unused rocket.

      The United States has blamed Iran-backed groups for the attacks and has threatened to respond. Washington \
      accuses Tehran of arming and funding the militias, a charge Iran denies.
      Read more: Iraq's parliament meets on budget
      """;

  static final String INDEPENDENT = """
      Embassy targeted again in Baghdad

      Kataib Hezbollah fired rockets at the U.S. embassy in Baghdad late on Monday, two officials of the Iraqi \
      interior ministry said.

      Witnesses in the Karrada district said they heard three loud explosions shortly before midnight. Sirens \
      sounded across the river in the Green Zone for several minutes.

      The group has stepped up its campaign against the American presence since the start of the year, and a U.S. \
      military delegation is expected in Baghdad next week.
      """;

  static final String UNRELATED = """
      Central bank holds rates

      The Central Bank of Iraq kept its main interest rate unchanged on Monday, citing stable inflation and strong \
      oil revenues. Its governor said the bank would keep supporting lending to small businesses in the coming year.
      """;

  /** A later report naming the police colonel of the wire story in another spelling. */
  static final String FOLLOW_UP = """
      Arrests after Baghdad rocket attack

      Police colonel Farid Qasemi said on Wednesday that two men had been arrested in Baladiyat in connection with \
      Monday's attack on the U.S. embassy.
      """;

  /** Writes the four articles as one feed file: wire, copy, independent report, unrelated. */
  static Path feed(Path dir) throws IOException {
    return jsonl(dir.resolve("feed.jsonl"), List.of(
        row("wire-1", "Reuters", "2024-05-06", WIRE),
        row("copy-1", "Gulf Daily", "2024-05-06", COPY),
        row("indep-1", "Al Mirsad", "2024-05-07", INDEPENDENT),
        row("bank-1", "Reuters", "2024-05-06", UNRELATED)));
  }

  static Path jsonl(Path file, List<Map<String, String>> rows) throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    for (Map<String, String> r : rows) out.append(json.writeValueAsString(r)).append('\n');
    Files.writeString(file, out);
    return file;
  }

  static Map<String, String> row(String id, String outlet, String published, String text) {
    return Map.of("id", id, "outlet", outlet, "published", published, "text", text);
  }
}
