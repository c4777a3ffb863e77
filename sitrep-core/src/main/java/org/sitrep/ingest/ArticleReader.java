package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Problem;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.Batch;

/**
 * Reads input paths into raw articles, in input order: a {@code .txt} file is one scraped article, an
 * {@code .html}/{@code .htm} file one page, a {@code .jsonl} file one article a line ({@code id}, {@code text} or
 * {@code html}, and optionally {@code published}, {@code outlet}, {@code title}, {@code url}), and a directory every
 * such file under it, sorted by path. Missing paths, unreadable or binary files, malformed lines, empty or
 * enormous articles and repeated ids become {@link Problem}s beside the good articles. Stateless and thread-safe.
 */
public final class ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReaderLimits limits;

  public ArticleReader(ReaderLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public Batch<RawArticle> read(List<Path> paths) {
    List<RawArticle> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, String> firstSeen = new HashMap<>();
    for (Path path : paths) {
      for (Path file : expand(path, problems)) {
        for (RawArticle a : readFile(file, problems)) {
          String earlier = firstSeen.putIfAbsent(a.id(), a.origin());
          if (earlier == null) {
            articles.add(a);
          } else {
            problems.add(new Problem(a.source(), a.line(), "article id \"" + a.id() + "\" repeats " + earlier + "; skipped"));
          }
        }
      }
    }
    return new Batch<>(articles, problems);
  }

  private static List<Path> expand(Path path, List<Problem> problems) {
    if (!Files.exists(path)) {
      problems.add(Problem.of(path.toString(), "no such file or directory"));
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      if (formatOf(path) == null) {
        problems.add(Problem.of(path.toString(), "not a .txt, .html or .jsonl file"));
        return List.of();
      }
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile).filter(p -> formatOf(p) != null).sorted().toList();
    } catch (IOException | RuntimeException e) {
      problems.add(Problem.of(path.toString(), "cannot list directory: " + e.getMessage()));
      return List.of();
    }
  }

  private enum FileKind { TEXT, HTML, JSONL }

  private static @Nullable FileKind formatOf(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) return FileKind.TEXT;
    if (name.endsWith(".html") || name.endsWith(".htm")) return FileKind.HTML;
    if (name.endsWith(".jsonl")) return FileKind.JSONL;
    return null;
  }

  private List<RawArticle> readFile(Path file, List<Problem> problems) {
    String source = file.toString();
    String text;
    try {
      text = decode(Files.readAllBytes(file));
    } catch (IOException e) {
      problems.add(Problem.of(source, "cannot read: " + describe(e)));
      return List.of();
    } catch (UndecodableException e) {
      problems.add(Problem.of(source, e.getMessage()));
      return List.of();
    }
    FileKind kind = Objects.requireNonNull(formatOf(file));
    if (kind == FileKind.JSONL) return readJsonLines(source, text, problems);
    String id = stripExtension(file.getFileName().toString());
    SourceFormat format = kind == FileKind.HTML ? SourceFormat.HTML : SourceFormat.TEXT;
    String problem = checkContent(text);
    if (problem != null) {
      problems.add(Problem.of(source, problem));
      return List.of();
    }
    return List.of(new RawArticle(id, source, 0, null, null, null, null, text, format));
  }

  private List<RawArticle> readJsonLines(String source, String text, List<Problem> problems) {
    List<RawArticle> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) continue;
      int lineNo = i + 1;
      try {
        out.add(parseLine(source, lineNo, line));
      } catch (BadLineException e) {
        problems.add(new Problem(source, lineNo, e.getMessage()));
      }
    }
    return out;
  }

  private RawArticle parseLine(String source, int lineNo, String line) throws BadLineException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadLineException("malformed JSON line: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) throw new BadLineException("malformed JSON line: not an object");
    String id = string(node, "id");
    if (id == null || id.isBlank()) throw new BadLineException("no \"id\"");
    String html = string(node, "html");
    String body = string(node, "text");
    if (body == null && html == null) throw new BadLineException("article \"" + id + "\" has no \"text\" or \"html\"");
    String content = body != null ? body : html;
    String problem = checkContent(content);
    if (problem != null) throw new BadLineException("article \"" + id + "\": " + problem);
    PartialDate published = null;
    String pub = string(node, "published");
    if (pub != null && !pub.isBlank()) {
      try {
        published = PartialDate.parse(pub.length() > 10 ? pub.substring(0, 10) : pub);
      } catch (IllegalArgumentException e) {
        throw new BadLineException("article \"" + id + "\": \"published\" is not YYYY-MM-DD: " + pub);
      }
    }
    return new RawArticle(id, source, lineNo, string(node, "outlet"), string(node, "title"), string(node, "url"),
        published, content, body != null ? SourceFormat.TEXT : SourceFormat.HTML);
  }

  private @Nullable String checkContent(String content) {
    if (content.isBlank()) return "empty article";
    if (content.length() > limits.maxArticleChars()) {
      return String.format(Locale.ROOT, "article too large: %,d characters, limit %,d", content.length(),
          limits.maxArticleChars());
    }
    return null;
  }

  private static @Nullable String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : v.toString();
  }

  /** Strict UTF-8 (a BOM is dropped); NUL bytes or many control characters mean a binary file, not text. */
  static String decode(byte[] bytes) throws UndecodableException {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) throw new UndecodableException("binary file, not text (NUL byte)");
      if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') controls++;
    }
    if (controls > 8 && controls * 100L > bytes.length) throw new UndecodableException("binary file, not text");
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new UndecodableException("cannot decode: not UTF-8 text");
    }
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? kind : kind + " " + e.getMessage();
  }

  static final class UndecodableException extends Exception {
    private static final long serialVersionUID = 1L;

    UndecodableException(String message) {
      super(message);
    }
  }

  private static final class BadLineException extends Exception {
    private static final long serialVersionUID = 1L;

    BadLineException(String message) {
      super(message);
    }
  }
}
