package org.factdesk.article;

import java.util.List;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * What the full-text index holds of an article, in one place rather than spread over the entities:
 * its title and block text for words, and the columns the article list filters and sorts on, so
 * that a search with filters is one index query (docs/decisions/0005). The analyzers are defined
 * once ({@link #TEXT_FILTERS}, {@link #SORT_FILTERS}) for both backends, the embedded Lucene index
 * ({@link Analysis}) and OpenSearch ({@link OpenSearchAnalysis}, decision 0027), so that a word
 * finds the same articles on either.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

  /** Words: case and accents folded, English stems ("tariffs" finds "tariff"). */
  public static final String TEXT = "text";

  /** Sort keys: case and accents folded. */
  public static final String SORT = "sort";

  /** One token filter under its two names: Lucene's factory and OpenSearch's filter type. */
  public record Filter(Class<? extends TokenFilterFactory> lucene, String openSearch) {}

  /** After the standard tokenizer: lower case, accents folded, Porter's English stems. */
  public static final List<Filter> TEXT_FILTERS =
      List.of(
          new Filter(LowerCaseFilterFactory.class, "lowercase"),
          new Filter(ASCIIFoldingFilterFactory.class, "asciifolding"),
          new Filter(PorterStemFilterFactory.class, "porter_stem"));

  /** The sort keys' normalizer: lower case, accents folded. */
  public static final List<Filter> SORT_FILTERS =
      List.of(
          new Filter(LowerCaseFilterFactory.class, "lowercase"),
          new Filter(ASCIIFoldingFilterFactory.class, "asciifolding"));

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
    TypeMappingStep article = mapping.type(Article.class);
    article.indexed();
    article.property("title").fullTextField("title").analyzer(TEXT);
    article.property("title").keywordField("titleSort").normalizer(SORT).sortable(Sortable.YES);
    article.property("outlet").keywordField("outlet").sortable(Sortable.YES);
    article.property("state").keywordField("state").sortable(Sortable.YES);
    article.property("published").genericField("published").sortable(Sortable.YES);
    article.property("createdAt").genericField("createdAt").sortable(Sortable.YES);
    article.property("pendingFlags").genericField("pendingFlags").sortable(Sortable.YES);
    // For the "has duplicates" filter only (at least 1): an import writes an earlier article's
    // entry again when it gets its first duplicate, not for every later one.
    article.property("duplicateCount").genericField("duplicateCount");
    article.property("flagTypes").fullTextField("flagTypes").analyzer("whitespace");
    // An article never changes batch.
    article
        .property("batchId")
        .genericField("batchId")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.NO);
    // Block text changes only by a split or merge, which reindexes the article explicitly; the
    // import path may write blocks without entities (docs/decisions/0005).
    article
        .property("searchText")
        .fullTextField("text")
        .analyzer(TEXT)
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.NO);
  }

  /** The analyzers the mapping names, for the embedded Lucene index. */
  public static class Analysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
      var text = context.analyzer(TEXT).custom().tokenizer(StandardTokenizerFactory.class);
      TEXT_FILTERS.forEach(filter -> text.tokenFilter(filter.lucene()));
      var sort = context.normalizer(SORT).custom();
      SORT_FILTERS.forEach(filter -> sort.tokenFilter(filter.lucene()));
    }
  }

  /** The same analyzers for OpenSearch (its analysis-common plugin has the filters). */
  public static class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
      context
          .analyzer(TEXT)
          .custom()
          .tokenizer("standard")
          .tokenFilters(TEXT_FILTERS.stream().map(Filter::openSearch).toArray(String[]::new));
      context
          .normalizer(SORT)
          .custom()
          .tokenFilters(SORT_FILTERS.stream().map(Filter::openSearch).toArray(String[]::new));
    }
  }
}
