package dev.vitrine.search.service;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.config.VitrineConfig;
import dev.vitrine.shared.jobs.Jobs;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The site search's Lucene index, under {@code $VITRINE_DATA_DIR/search}: a document per item and language
 * (Chinese, and English where the item has an English version). Words are found as {@link SiteAnalyzer}
 * cuts them (Chinese in pairs of characters, English words stemmed). It follows the content: after
 * each committed change the changed items are read again and replaced, or removed when the public no
 * longer sees them, and the searchers are refreshed, so an edit is found at once. A change to everything
 * (settings, categories, the menu) leaves it alone: it holds only items' own text, which no such change
 * touches. When the index is missing or can't be read it is rebuilt from the database.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    /** An item's tag in a {@link ContentChange}: {@code PRODUCT:12}. */
    private static final Pattern ITEM_TAG = Pattern.compile(
            Arrays.stream(ItemKind.values()).map(ItemKind::name).collect(Collectors.joining("|", "(", "):([0-9]+)")));

    /** Which item a document is of (each of its languages has one). */
    private static final String ITEM = "item";

    private static final String LANGUAGE = "language";
    private static final String TITLE = "title";
    private static final String SUMMARY = "summary";
    private static final String TEXT = "text";

    @Inject
    private SearchSources sources;

    @Inject
    private Jobs jobs;

    private java.util.concurrent.ScheduledFuture<?> pendingCommit;

    private static final String[] FIELDS = {TITLE, SUMMARY, TEXT};
    private static final Map<String, Float> WEIGHTS = Map.of(TITLE, 4f, SUMMARY, 2f, TEXT, 1f);

    private final Analyzer texts = SiteAnalyzer.forTexts();
    private final Analyzer searches = SiteAnalyzer.forSearches();

    /** A title whole, with what was searched marked. */
    private final UnifiedHighlighter titles =
            marking().withBreakIterator(WholeBreakIterator::new).build();

    /** The sentence of a text that shows best what was searched, marked. */
    private final UnifiedHighlighter snippets = marking()
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
            .build();

    private static final int SNIPPET_LENGTH = 120;

    /** The longest a change waits for its commit while more changes come. */
    private static final java.time.Duration COMMIT_EVERY = java.time.Duration.ofSeconds(2);

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    /** When the index was last committed ({@link System#nanoTime}). */
    private long lastCommit = System.nanoTime() - COMMIT_EVERY.toNanos();

    SearchIndex() {
        // for CDI
    }

    /** An index over what {@code sources} give (tests). */
    SearchIndex(SearchSources sources) {
        this.sources = sources;
    }

    /**
     * What an index written by this code says of itself; an index without it (written before the languages
     * were indexed, or cut into words another way) is built again.
     */
    private static final Map<String, String> FORMAT = Map.of("vitrine.format", "4");

    private UnifiedHighlighter.Builder marking() {
        return UnifiedHighlighter.builderWithoutSearcher(texts)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxNoHighlightPassages(0);
    }

    /** One page of what matches the words in a language, best first. */
    public SearchResults search(String text, Language language, int page, int pageSize) {
        Query words = parse(text);
        if (words == null) {
            return new SearchResults(List.of(), 0);
        }
        Query query = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(LANGUAGE, language.code())), BooleanClause.Occur.FILTER)
                .build();
        try {
            SearcherManager open = open();
            IndexSearcher searcher = open.acquire();
            try {
                TopDocs top = searcher.search(query, page * pageSize);
                List<SearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = (page - 1) * pageSize; i < docs.length; i++) {
                    // Marked by the words alone: with the language filter in the query, nothing in a title matched it.
                    hits.add(hit(searcher.storedFields().document(docs[i].doc), words));
                }
                return new SearchResults(hits, top.totalHits.value);
            } finally {
                open.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every word typed must be in the item, in its title, summary or text (see {@link SearchSyntax} for
     * phrases, patterns and the word being typed); a run of Chinese characters must be there as written.
     */
    private Query parse(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, searches, WEIGHTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return parser.parse(SearchSyntax.of(words));
        } catch (ParseException | IllegalArgumentException notSyntax) {
            try {
                return parser.parse(QueryParser.escape(words.strip()));
            } catch (ParseException nothingToLookFor) {
                return null;
            }
        }
    }

    private SearchHit hit(Document doc, Query query) throws IOException {
        String title = doc.get(TITLE);
        String summary = Optional.ofNullable(doc.get(SUMMARY)).orElse("");
        String text = doc.get(TEXT);
        Object markedTitle = titles.highlightWithoutSearcher(TITLE, query, title, 1);
        Object snippet = snippets.highlightWithoutSearcher(TEXT, query, text, 1);
        if (snippet == null) {
            snippet = snippets.highlightWithoutSearcher(SUMMARY, query, summary, 1);
        }
        return new SearchHit(
                ItemKind.valueOf(doc.get("kind")),
                doc.get("path"),
                markedTitle != null ? markedTitle.toString() : new SimpleHTMLEncoder().encodeText(title),
                snippet != null
                        ? snippet.toString()
                        : new SimpleHTMLEncoder().encodeText(first(summary.isEmpty() ? text : summary, SNIPPET_LENGTH)),
                LocalDateTime.ofEpochSecond(Long.parseLong(doc.get("published")), 0, ZoneOffset.UTC));
    }

    private static String first(String text, int characters) {
        return text.length() <= characters ? text : text.substring(0, characters) + "…";
    }

    /** Follows committed changes: the changed items are indexed again. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
        try {
            for (String tag : change.tags()) {
                Matcher item = ITEM_TAG.matcher(tag);
                if (item.matches()) {
                    update(ItemKind.valueOf(item.group(1)), Long.parseLong(item.group(2)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The edit is saved; the item is indexed again at its next change (or when the folder is deleted).
            LOG.log(Level.WARNING, "Search index not updated for " + change, e);
        }
    }

    /**
     * Indexes an item again. Searches see it at once (the searchers read the writer's changes); it is written to
     * disk at once too unless the last commit was less than {@link #COMMIT_EVERY} ago, and then at most that much
     * later: one commit per edit made an import of thousands of items wait for thousands of disk syncs.
     */
    private synchronized void update(ItemKind kind, long id) throws IOException {
        open();
        writer.deleteDocuments(new Term(ITEM, SearchSource.itemKey(kind, id)));
        for (SearchSource source : sources.visible(kind, id)) {
            writer.addDocument(document(source));
        }
        if (jobs == null || System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
            commit(); // (without a scheduler, in unit tests: each change)
        } else {
            searchers.maybeRefreshBlocking();
            if (pendingCommit == null || pendingCommit.isDone()) {
                pendingCommit = jobs.once("search index commit", COMMIT_EVERY, this::commitNow);
            }
        }
    }

    private synchronized void commitNow() {
        try {
            if (writer != null && writer.hasUncommittedChanges()) {
                commit();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index not committed; it is at the next change", e);
        }
    }

    private void fill() throws IOException {
        writer.deleteAll();
        for (SearchSource source : sources.allVisible()) {
            writer.addDocument(document(source));
        }
        commit();
    }

    private static Document document(SearchSource source) {
        Document doc = new Document();
        doc.add(new StringField(ITEM, source.item(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, source.language().code(), Field.Store.NO));
        doc.add(new StoredField("kind", source.kind().name()));
        doc.add(new StoredField("path", source.path()));
        doc.add(new TextField(TITLE, source.title(), Field.Store.YES));
        doc.add(new TextField(SUMMARY, Optional.ofNullable(source.summary()).orElse(""), Field.Store.YES));
        doc.add(new TextField(TEXT, source.text(), Field.Store.YES));
        doc.add(new StoredField("published", String.valueOf(source.published().toEpochSecond(ZoneOffset.UTC))));
        return doc;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(FORMAT.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        lastCommit = System.nanoTime();
    }

    /** The searchers, opening the index first (and rebuilding it when it is missing or damaged). */
    private synchronized SearcherManager open() throws IOException {
        if (searchers != null) {
            return searchers;
        }
        Path folder = VitrineConfig.dataDirectory().resolve("search");
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        boolean usable = false;
        if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                usable = reader.getIndexCommit().getUserData().equals(FORMAT);
            } catch (IOException | RuntimeException damaged) {
                LOG.log(Level.WARNING, "The search index can't be read; it is built again", damaged);
            }
        }
        if (!usable) {
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
        }
        writer = new IndexWriter(directory, new IndexWriterConfig(texts));
        searchers = new SearcherManager(writer, null);
        if (!usable) {
            fill();
        }
        return searchers;
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
                writer.close();
                directory.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Search index not closed cleanly", e);
        }
    }
}
