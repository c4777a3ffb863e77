package org.sitrep.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.PartialDate;

/**
 * Turns an HTML page into text that keeps its paragraph structure (one block element per paragraph, blocks separated
 * by a blank line, {@code <br>} as a line break), without scripts, styles, navigation, forms and frames, and reads the
 * page metadata: title, site name and published date. Lines that come from captions, asides, footers or containers
 * whose class names them as related links, sharing or ads are reported so the cleaner can drop them. Stateless and
 * thread-safe; tolerates broken markup.
 */
final class HtmlText {

  /** The page as text, the indices of its lines that the markup marks as furniture, and its metadata (null if absent). */
  record Page(String text, Set<Integer> junkLines, @Nullable String title, @Nullable String siteName,
      @Nullable PartialDate published) {
    Page {
      junkLines = Set.copyOf(junkLines);
    }
  }

  private static final String DROPPED =
      "script, style, nav, noscript, form, iframe, svg, template, button, select, textarea, input, object, embed, canvas";
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure",
      "figcaption", "section", "article", "header", "footer", "aside", "main", "table", "thead", "tbody", "tr", "td",
      "th", "pre", "address", "hr", "center", "details", "summary", "caption", "body");
  /** Elements whose text is never the article's: captions, side boxes and footers. */
  private static final Set<String> FURNITURE_TAGS = Set.of("figcaption", "aside", "footer");
  /** Class or id words that sites use for the same furniture; matched as whole words of the attribute. */
  private static final Pattern FURNITURE_CLASS = Pattern.compile(
      "(?:^|[\\s_-])(?:related|share|sharing|social|newsletter|subscribe|promo|advert|advertisement|ads|sponsor|sponsored"
          + "|comments?|breadcrumbs?|caption|credit|cookie|popup|outbrain|taboola|recommended)(?:$|[\\s_-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final List<String> DATE_META = List.of(
      "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
      "dc.date.issued", "parsely-pub-date", "sailthru.date", "og:published_time", "article.published");

  private final DateLineParser dates;

  HtmlText(DateLineParser dates) {
    this.dates = dates;
  }

  /** Reads {@code html}; never throws on malformed markup. */
  Page read(String html) {
    Document doc = Jsoup.parse(html);
    PartialDate published = publishedDate(doc);
    String siteName = meta(doc, "og:site_name");
    doc.select(DROPPED).remove();
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, doc.body());
    collector.flush();
    String title = collector.headline != null ? collector.headline : title(doc);
    return new Page(String.join("\n", collector.lines), collector.junk, title, siteName, published);
  }

  private @Nullable PartialDate publishedDate(Document doc) {
    for (String name : DATE_META) {
      String v = meta(doc, name);
      if (v != null) {
        PartialDate d = dates.parse(v).orElse(null);
        if (d != null) return d;
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) {
        PartialDate d = dates.parse(m.group(1)).orElse(null);
        if (d != null) return d;
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      PartialDate d = dates.parse(time.attr("datetime")).orElse(null);
      if (d != null) return d;
    }
    return null;
  }

  /** Without an {@code h1}, the headline is {@code og:title}, else {@code <title>} without a trailing site name. */
  private static @Nullable String title(Document doc) {
    String og = meta(doc, "og:title");
    if (og != null) return og;
    String t = Text.trim(doc.title());
    if (t.isEmpty()) return null;
    String bare = Text.withoutSiteSuffix(t);
    return bare != null ? bare : t;
  }

  /** The content of the first {@code <meta>} whose property, name or itemprop is {@code key} (case-insensitive). */
  private static @Nullable String meta(Document doc, String key) {
    for (Element m : doc.select("meta")) {
      for (String attr : List.of("property", "name", "itemprop")) {
        if (m.attr(attr).equalsIgnoreCase(key)) {
          String v = Text.trim(m.attr("content"));
          if (!v.isEmpty()) return v;
        }
      }
    }
    return null;
  }

  private static boolean isFurniture(Element e) {
    if (FURNITURE_TAGS.contains(e.normalName())) return true;
    String names = e.className() + " " + e.id();
    return !names.isBlank() && FURNITURE_CLASS.matcher(names).find();
  }

  /** Walks the DOM without recursion (deeply nested junk cannot overflow the stack), collecting paragraph lines. */
  private static final class Collector implements NodeVisitor {
    final List<String> lines = new ArrayList<>();
    final Set<Integer> junk = new HashSet<>();
    /** The first line of text inside the first {@code h1}: broken pages nest paragraphs in unclosed headings. */
    @Nullable String headline;
    private int headingDepth;
    private final StringBuilder block = new StringBuilder();
    private int furnitureDepth;
    private boolean blockIsFurniture;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String s = WHITESPACE.matcher(text.getWholeText()).replaceAll(" ");
        if (!s.isBlank() || block.length() > 0) {
          block.append(s);
          blockIsFurniture |= furnitureDepth > 0 && !s.isBlank();
        }
      } else if (node instanceof Element e) {
        if (isBlock(e)) flush();
        if (isFurniture(e)) {
          flush();
          furnitureDepth++;
        }
        if (e.normalName().equals("h1")) headingDepth++;
        if (e.normalName().equals("br")) block.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (isBlock(e)) flush();
        if (isFurniture(e)) {
          flush();
          furnitureDepth--;
        }
        if (e.normalName().equals("h1")) headingDepth--;
      }
    }

    private static boolean isBlock(Element e) {
      return BLOCKS.contains(e.normalName().toLowerCase(Locale.ROOT));
    }

    /** Ends the current paragraph: its lines go out after a blank line separating it from the previous one. */
    void flush() {
      List<String> parts = new ArrayList<>();
      for (String line : block.toString().split("\n", -1)) {
        String t = Text.trim(SPACES.matcher(line).replaceAll(" "));
        if (!t.isEmpty()) parts.add(t);
      }
      block.setLength(0);
      if (!parts.isEmpty()) {
        if (headline == null && headingDepth > 0) headline = parts.get(0);
        if (!lines.isEmpty()) lines.add("");
        for (String p : parts) {
          if (blockIsFurniture) junk.add(lines.size());
          lines.add(p);
        }
      }
      blockIsFurniture = false;
    }
  }
}
