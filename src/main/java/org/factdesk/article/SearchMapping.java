package org.factdesk.article;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
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
 * that a search with filters is one index query (docs/decisions/0005).
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

  /** Words: case and accents folded, English stems ("tariffs" finds "tariff"). */
  public static final String TEXT = "text";

  /** Sort keys: case and accents folded. */
  public static final String SORT = "sort";

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

  /** The analyzers the mapping names. */
  public static class Analysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
      context
          .analyzer(TEXT)
          .custom()
          .tokenizer(StandardTokenizerFactory.class)
          .tokenFilter(LowerCaseFilterFactory.class)
          .tokenFilter(ASCIIFoldingFilterFactory.class)
          .tokenFilter(PorterStemFilterFactory.class);
      context
          .normalizer(SORT)
          .custom()
          .tokenFilter(LowerCaseFilterFactory.class)
          .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
  }
}
