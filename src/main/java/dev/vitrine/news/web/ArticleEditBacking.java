package dev.vitrine.news.web;

import dev.vitrine.catalog.entity.Category;
import dev.vitrine.catalog.entity.CategoryKind;
import dev.vitrine.catalog.service.CategoryService;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.entity.ArticleStatus;
import dev.vitrine.news.service.ArticleEditService;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.media.ImageUpload;
import dev.vitrine.shared.media.MediaStore;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Writing or editing an article ({@code /admin/articles/edit?id=<id>}): a draft, published now, or
 * scheduled for a publish time. The article and its version stay in the view (see ProductEditBacking).
 */
@Named
@ViewScoped
public class ArticleEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the editor wants the article to be when saving. */
    public enum Publishing { DRAFT, NOW, SCHEDULED }

    @Inject
    private ArticleEditService articles;
    @Inject
    private CategoryService categories;
    @Inject
    private MediaStore media;
    @Inject
    private ShopClock clock;

    private Long id;
    private Article article;
    private Long categoryId;
    private List<Category> categoryChoices;
    private Publishing publishing = Publishing.DRAFT;
    private LocalDateTime publishAt;

    public void load() {
        categoryChoices = categories.listCategories(CategoryKind.NEWS);
        if (id == null) {
            article = new Article(null, "", "");
            categoryId = categoryChoices.isEmpty() ? null : categoryChoices.get(0).getId();
        } else {
            try {
                show(articles.get(id));
            } catch (NotFoundException e) {
                Responses.notFound();
            }
        }
    }

    private void show(Article loaded) {
        article = loaded;
        categoryId = loaded.getCategory().getId();
        publishAt = loaded.getPublishedAt();
        publishing = loaded.getStatus() == ArticleStatus.DRAFT ? Publishing.DRAFT
                : loaded.isScheduledAt(clock.now()) ? Publishing.SCHEDULED : Publishing.NOW;
    }

    public void save() {
        if (article.getSlug() != null && !article.getSlug().isBlank() && !Slugs.isValid(article.getSlug())) {
            Messages.error("form:slug", "admin.slugInvalid");
            return;
        }
        article.setCategory(categoryChoices.stream().filter(c -> c.getId().equals(categoryId)).findFirst().orElse(null));
        if (article.getCategory() == null) {
            Messages.error("form:category", "admin.categoryRequired");
            return;
        }
        switch (publishing) {
            case DRAFT -> article.unpublish();
            case NOW -> article.publish(article.getStatus() == ArticleStatus.PUBLISHED && publishAt != null
                    && !publishAt.isAfter(clock.now()) ? publishAt : clock.now());
            case SCHEDULED -> {
                if (publishAt == null || !publishAt.isAfter(clock.now())) {
                    Messages.error("form:publishAt", "admin.scheduleInFuture");
                    return;
                }
                article.publish(publishAt);
            }
            default -> throw new IllegalStateException(publishing.name());
        }
        try {
            show(articles.save(article));
            id = article.getId();
            Messages.info("admin.saved", article.getTitle());
        } catch (DuplicateSlugException e) {
            Messages.error("form:slug", e.getMessageKey());
        } catch (StaleEntityException e) {
            Messages.error(null, e.getMessageKey());
        }
    }

    public void uploadCover(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            article.setCoverPath(media.storeUpload("news", in.readNBytes(ImageUpload.MAX_BYTES + 1)));
        } catch (BusinessException e) {
            Messages.error(null, e.getMessageKey(), event.getFile().getFileName());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Article getArticle() {
        return article;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public List<Category> getCategoryChoices() {
        return categoryChoices;
    }

    public Publishing getPublishing() {
        return publishing;
    }

    public void setPublishing(Publishing publishing) {
        this.publishing = publishing;
    }

    public Publishing[] getPublishingChoices() {
        return Publishing.values();
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }
}
