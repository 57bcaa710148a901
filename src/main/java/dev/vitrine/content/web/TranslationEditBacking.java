package dev.vitrine.content.web;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.entity.SpecRow;
import dev.vitrine.content.entity.Specified;
import dev.vitrine.content.service.TranslationEditService;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An item's version in another language, written beside the original
 * ({@code /admin/translations/edit?kind=product&id=3&language=en}). A product's version may have its own
 * specification table, which starts as a copy of the original's to translate.
 * The translation and its version stay in the view between requests, so a save that someone else's save
 * beat is refused and what was typed stays in the form.
 */
@Named
@ViewScoped
public class TranslationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TranslationEditService translations;

    @Inject
    private ShopClock clock;

    private String kind;
    private Long id;
    private String language;
    private Language itemLanguage;
    private ItemKind itemKind;
    private List<SpecLine> specs = new ArrayList<>();
    private PublishedItem original;
    private ItemTranslation translation;

    /** Loads the item and its version in the language (English if none is named); anything unknown is a 404. */
    public void load() {
        try {
            itemKind = ItemKind.valueOf(kind == null ? "" : kind.toUpperCase(Locale.ROOT));
            itemLanguage = Language.ofCode(language == null ? Language.ENGLISH.code() : language)
                    .filter(known -> !known.isOriginal())
                    .orElseThrow(NotFoundException::new);
            if (id == null) {
                throw new NotFoundException();
            }
            original = translations.original(itemKind, id);
            translation = translations.in(itemLanguage, itemKind, id);
            specs = SpecLine.of(translation.getSpecs().isEmpty() ? originalSpecs() : translation.getSpecs());
        } catch (IllegalArgumentException | NotFoundException e) {
            Responses.notFound();
        }
    }

    /** Whether the item has a specification table to translate (a product with one). */
    public boolean isWithSpecs() {
        return !originalSpecs().isEmpty();
    }

    private List<SpecRow> originalSpecs() {
        return original instanceof Specified specified ? specified.getSpecs() : List.of();
    }

    public void save() {
        if (translation.getSlug() != null && !translation.getSlug().isBlank()) {
            String typed = translation.getSlug();
            translation.setSlug(Slugs.fromTitle(typed));
            if (!Slugs.isValid(translation.getSlug())) {
                translation.setSlug(typed);
                Messages.error("form:slug", "admin.slugInvalid");
                return;
            }
        }
        if (isWithSpecs()) {
            translation.replaceSpecs(SpecLine.rows(specs));
        }
        try {
            String typed = translation.getBody();
            translation = translations.save(translation);
            Messages.info("admin.saved", translation.getTitle());
            Messages.cleaned(typed);
        } catch (DuplicateSlugException e) {
            Messages.error("form:slug", e.getMessageKey());
        } catch (StaleEntityException e) {
            Messages.error(null, e.getMessageKey());
        }
    }

    /** Deletes the version in this language; the form starts again empty. */
    public void delete() {
        translations.delete(itemLanguage, itemKind, id);
        translation = translations.in(itemLanguage, itemKind, id);
        specs = SpecLine.of(originalSpecs());
        Messages.info("admin.translation.deleted", original.getTitle());
    }

    /** The page in this language, once the item is public and its version saved; else null. */
    public String getPublicPath() {
        return translation.isNew() || !original.isVisibleAt(clock.now())
                ? null
                : itemLanguage.path(itemKind.path(translation.getSlug()));
    }

    /** The back-office list the item is in ({@code products}, {@code articles}, {@code pages}). */
    public String getListPath() {
        return itemKind.adminFolder();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The language this page writes the item in. */
    public Language getItemLanguage() {
        return itemLanguage;
    }

    public List<SpecLine> getSpecs() {
        return specs;
    }

    public PublishedItem getOriginal() {
        return original;
    }

    public ItemTranslation getTranslation() {
        return translation;
    }
}
