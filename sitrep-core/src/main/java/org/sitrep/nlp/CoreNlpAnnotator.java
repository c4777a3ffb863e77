package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityMention;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Timex;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * The NLP stage: one CoreNLP pipeline with only the annotators sitrep needs (tokenize, ssplit, pos, lemma, ner with
 * SUTime, depparse), run on an article body with its published date as the document date so that "on Monday"
 * resolves. Building one loads ~600 MB of models in ~20 s, so build it once per process and share it: {@link
 * #apply} is thread-safe.
 */
public final class CoreNlpAnnotator implements Stage<Article, AnnotatedArticle> {

  private final StanfordCoreNLP pipeline;
  private final NlpConfig config;
  private final FineTags fineTags = new FineTags(org.sitrep.knowledge.CountryTable.loadDefault());

  public CoreNlpAnnotator(NlpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    // CoreNLP narrates every model it loads on stderr; sitrep's stderr is for one-line input errors.
    RedwoodConfiguration.errorLevel().apply();
    this.pipeline = new StanfordCoreNLP(properties(config));
  }

  /** The CoreNLP properties for {@code config}; the only place sitrep builds them. */
  static Properties properties(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (config.dependencies() ? ",depparse" : ""));
    // LineBreaks leaves a newline only where a paragraph ends, so every newline is a sentence break:
    // otherwise a headline or dateline without a full stop merges into the next sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    p.setProperty("ner.useSUTime", Boolean.toString(config.timeExpressions()));
    p.setProperty("ner.applyNumericClassifiers", Boolean.toString(config.timeExpressions()));
    p.setProperty("ner.buildEntityMentions", "true");
    // Fine-grained NER (TokensRegex over large gazetteers) costs more than half of the NLP time on news; the few
    // fine-grained tags sitrep reads (COUNTRY, NATIONALITY, TITLE) come from its own tables instead: FineTags.
    p.setProperty("ner.applyFineGrained", "false");
    return p;
  }

  public NlpConfig config() {
    return config;
  }

  @Override
  public AnnotatedArticle apply(Article article) {
    String body = article.body();
    Annotation doc = new Annotation(Datelines.apart(LineBreaks.sentenceText(body)));
    PartialDate published = article.published();
    if (published != null && published.isDay()) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(fineTags.apply(toSentence(sentences.size(), s, body, published)));
    }
    return new AnnotatedArticle(article, sentences);
  }

  private static Sentence toSentence(int index, CoreMap s, String body, @Nullable PartialDate published) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      String normalized = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      tokens.add(new Token(body.substring(l.beginPosition(), l.endPosition()), l.beginPosition(), l.endPosition(),
          nonNull(l.tag()), nonNull(l.lemma()), l.ner() == null ? "O" : l.ner(), normalized));
    }
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    int firstToken = labels.isEmpty() ? 0 : labels.get(0).index();
    List<EntityMention> entities = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
      List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
      if (mt == null || mt.isEmpty()) continue;
      int mb = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int me = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
      String text = body.substring(mb, me);
      entities.add(new EntityMention(text, type == null ? "MISC" : type, index,
          mt.get(0).index() - firstToken, mt.get(mt.size() - 1).index() - firstToken + 1, mb, me));
      edu.stanford.nlp.time.Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
      // A TIME ("Thursday evening", "midnight") dates its day as well as a DATE does; TimexDates keeps the day part.
      if (t != null && ("DATE".equals(t.timexType()) || "TIME".equals(t.timexType()))) {
        timexes.add(new Timex(text, mb, me, TimexDates.resolve(t.value(), text, published)));
      }
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph != null) {
      for (var root : graph.getRoots()) deps.add(new Dependency("root", -1, root.index() - 1));
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
      }
    }
    return new Sentence(index, begin, end, body.substring(begin, end), tokens, entities, timexes, deps);
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }
}
