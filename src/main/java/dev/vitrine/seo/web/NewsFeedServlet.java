package dev.vitrine.seo.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.news.service.NewsService;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.text.Texts;
import dev.vitrine.shared.web.PublicAddress;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.SiteService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The news as feeds, written by ROME: RSS 2.0 at {@code /rss.xml}, Atom at {@code /atom.xml}, the newest
 * {@value #SIZE} articles, of one category with {@code ?category=<slug>}; in another language of the site under
 * its prefix ({@code /en/rss.xml}, forwarded here by {@link PublicRoutes}), with the articles that have a
 * version in it.
 */
@WebServlet({"/rss.xml", "/atom.xml"})
public class NewsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final int SIZE = 20;

    @Inject
    private NewsService news;

    @Inject
    private CategoryService categories;

    @Inject
    private SiteService site;

    @Inject
    private ShopClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getParameter("category");
        Optional<Category> category = Optional.empty();
        if (slug != null) {
            category = Slugs.isValid(slug) ? categories.findCategory(ItemKind.ARTICLE, slug) : Optional.empty();
            if (category.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        boolean atom = request.getServletPath().endsWith("/atom.xml");
        SyndFeed feed = feed(request, category.orElse(null), atom);
        response.setContentType((atom ? "application/atom+xml" : "application/rss+xml") + ";charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        try {
            new SyndFeedOutput().output(feed, response.getWriter());
        } catch (FeedException e) {
            throw new IOException("Could not write the feed", e);
        }
    }

    private SyndFeed feed(HttpServletRequest request, Category category, boolean atom) {
        Language language = request.getAttribute(PublicRoutes.LANGUAGE) instanceof Language forwarded
                ? forwarded
                : Language.CHINESE;
        SiteSettings settings = site.getSettings().in(language);
        String root = PublicAddress.of(request, settings.getSiteUrl());
        String base = root + language.prefix();
        String self = root + language.path(request.getServletPath());
        String query = category == null ? "" : "?category=" + category.getSlug();
        List<ItemCard> latest = news.listVisibleArticles(new InLanguage(language, false), category, 1, SIZE)
                .getItems();

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
        feed.setTitle(settings.getCompanyName() + (category == null ? "" : " - " + category.nameIn(language)));
        feed.setLink(base + "/news" + query);
        feed.setUri(self + query);
        feed.setDescription(settings.getDescription() != null ? settings.getDescription() : settings.getCompanyName());
        feed.setLanguage(language.tag());
        feed.setAuthor(settings.getCompanyName());
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self + query);
        feed.setLinks(List.of(selfLink));
        feed.setPublishedDate(latest.isEmpty() ? null : date(latest.get(0).getPublishedAt()));

        List<SyndEntry> entries = new ArrayList<>();
        for (ItemCard article : latest) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(article.getTitle());
            entry.setLink(base + "/news/" + article.getSlug());
            entry.setUri(base + "/news/" + article.getSlug());
            entry.setPublishedDate(date(article.getPublishedAt()));
            entry.setUpdatedDate(date(article.getPublishedAt()));
            entry.setAuthor(settings.getCompanyName());
            if (article.getSummary() != null) {
                entry.setDescription(summary(article.getSummary(), atom));
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        return feed;
    }

    /**
     * An item's plain-text summary. Atom says it is text; RSS has no way to, and readers show an RSS
     * description as HTML, so there it is written as HTML that shows the text (ROME then escapes it once
     * more for XML): a summary with markup in it is read, never run.
     */
    static SyndContent summary(String plainText, boolean atom) {
        SyndContent summary = new SyndContentImpl();
        summary.setType(atom ? "text" : "html");
        summary.setValue(atom ? plainText : Texts.asHtml(plainText));
        return summary;
    }

    /** A publish time (the shop's time) as an instant. */
    private Date date(LocalDateTime shopTime) {
        return Date.from(shopTime.atZone(clock.zone()).toInstant());
    }
}
