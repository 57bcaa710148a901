package dev.vitrine.moving.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.cases.entity.CaseStudy;
import dev.vitrine.cases.service.CaseStudyEditService;
import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.ProductEditService;
import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.entity.SpecRow;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.inquiry.service.InquiryIntakeService;
import dev.vitrine.media.service.ImageUpload;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.moving.entity.MovedEntry;
import dev.vitrine.moving.entity.OldAddress;
import dev.vitrine.moving.service.MoveInReport.Action;
import dev.vitrine.moving.service.MoveInReport.Line;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.pages.service.PageEditService;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.ItemPurged;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.text.PlainText;
import dev.vitrine.shared.text.RichText;
import dev.vitrine.site.entity.Banner;
import dev.vitrine.site.entity.FriendlyLink;
import dev.vitrine.site.entity.HomeEntry;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.HomeEntryService;
import dev.vitrine.site.service.SiteService;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a site read from another system ({@link SourceSite}) into this one, through the same services as staff:
 * addresses made and checked, rich text sanitized, pictures checked and stored as uploads, everything audited.
 * A plan writes nothing and says what a run would do; a run does it in one transaction, so a failure leaves the
 * site as it was. What an earlier run brought from the same old site is found by its key there and updated.
 * The old site's addresses are kept to be redirected ({@link OldAddresses}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class MoveInService {

    /** A picture in rich text: an image's source, or a link to a picture file. */
    private static final Pattern PICTURE_ATTRIBUTE =
            Pattern.compile("(<img\\b[^>]*?\\bsrc=|<a\\b[^>]*?\\bhref=)([\"'])([^\"']+?)\\2", Pattern.CASE_INSENSITIVE);

    private static final Pattern PICTURE_FILE =
            Pattern.compile(".*\\.(jpe?g|png|gif|webp)([?#].*)?$", Pattern.CASE_INSENSITIVE);

    /**
     * Items written between two clearings of the persistence context: it would otherwise hold every item of the
     * import, and each flush compare them all.
     */
    private static final int ITEMS_PER_FLUSH = 50;

    /** Where a plan says a picture would be stored: a path like a stored picture's. */
    private static final String PLANNED_PICTURE = "content/planned/picture.png";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CategoryService categories;

    @Inject
    private ProductEditService products;

    @Inject
    private ArticleEditService articles;

    @Inject
    private PageEditService pages;

    @Inject
    private CaseStudyEditService caseStudies;

    @Inject
    private SiteService siteService;

    @Inject
    private Validator validator;

    @Inject
    private HomeEntryService homeEntries;

    @Inject
    private ViewCountService viewCounts;

    @Inject
    private MediaStore media;

    @Inject
    private AuditService audit;

    @Inject
    private Event<ContentChange> changes;

    /** What a run would do; writes nothing. */
    public MoveInReport plan(SourceSite site, Pictures pictures) {
        return new Run(site, pictures, false, new MoveInProgress()).all();
    }

    /** Brings the site in, in one transaction. */
    public MoveInReport run(SourceSite site, Pictures pictures) {
        return run(site, pictures, new MoveInProgress());
    }

    /** Brings the site in, in one transaction, saying how far it has come as it goes. */
    public MoveInReport run(SourceSite site, Pictures pictures, MoveInProgress progress) {
        MoveInReport report = new Run(site, pictures, true, progress).all();
        audit.record("IMPORT", "SITE", null, site.system() + " " + site.origin() + ": " + report.counts());
        changes.fire(ContentChange.everything());
        return report;
    }

    /** What the imports brought of an item deleted for good goes with it. */
    public void forget(@Observes ItemPurged purged) {
        List<MovedEntry> entries = em.createNamedQuery(MovedEntry.OF_ITEM, MovedEntry.class)
                .setParameter("itemId", purged.id())
                .getResultList();
        if (!entries.isEmpty()) {
            em.createNamedQuery(OldAddress.OF_ENTRIES, OldAddress.class)
                    .setParameter("entries", entries)
                    .getResultList()
                    .forEach(em::remove);
            entries.forEach(em::remove);
            em.flush();
        }
    }

    /** One plan or run: what it has made so far, by key in the old system. */
    private final class Run {

        private final SourceSite site;
        private final Pictures pictures;
        private final boolean write;
        private final String source;
        private final Map<String, MovedEntry> entries = new HashMap<>();
        private final Map<String, Long> madeCategories = new HashMap<>();
        private final Map<String, Optional<String>> madePictures = new HashMap<>();
        private final Set<String> addresses = new HashSet<>();
        private final List<Line> lines = new ArrayList<>();
        private final MoveInProgress progress;
        private int itemsWritten;

        Run(SourceSite site, Pictures pictures, boolean write, MoveInProgress progress) {
            this.site = site;
            this.pictures = pictures;
            this.write = write;
            this.progress = progress;
            this.source = cut(site.system().split(" ")[0] + " " + site.origin(), 200);
            em.createNamedQuery(MovedEntry.OF_SOURCE, MovedEntry.class)
                    .setParameter("source", source)
                    .getResultList()
                    .forEach(entry -> entries.put(entry.getSourceKey(), entry));
            em.createQuery("SELECT a.address FROM OldAddress a", String.class)
                    .getResultList()
                    .forEach(addresses::add);
        }

        MoveInReport all() {
            progress.start(site.categories().size()
                    + site.items().size()
                    + site.banners().size()
                    + site.links().size()
                    + site.messages().size());
            site.categories().forEach(step(this::category));
            site.items().forEach(step(this::item));
            if (site.company() != null) {
                company(site.company());
            }
            site.banners().forEach(step(this::banner));
            site.links().forEach(step(this::link));
            site.messages().forEach(step(this::message));
            return new MoveInReport(site.system(), lines, site.leftOut(), write);
        }

        private <T> Consumer<T> step(Consumer<T> bring) {
            return thing -> {
                bring.accept(thing);
                progress.step();
            };
        }

        private void category(SourceSite.Category from) {
            MovedEntry entry = entries.get(from.key());
            Category category = entry == null || entry.getCategoryId() == null
                    ? null
                    : em.find(Category.class, entry.getCategoryId());
            String name = cut(from.name(), Category.NAME_LENGTH);
            lines.add(new Line("CATEGORY", name, category == null ? Action.NEW : Action.UPDATED, null, null));
            if (!write) {
                return;
            }
            if (category == null) {
                String slug = Slugs.isValid(from.slug())
                                && categories
                                        .findCategory(from.kind(), from.slug())
                                        .isEmpty()
                        ? from.slug()
                        : null;
                category = new Category(from.kind(), name, slug, 0);
            }
            category.setName(name);
            category.setParent(from.parentKey() == null ? null : category(from.parentKey()));
            Category saved = categories.save(category);
            madeCategories.put(from.key(), saved.getId());
            MovedEntry made = entry(from.key());
            made.setCategoryId(saved.getId());
            keepAddresses(made, from.oldAddresses());
        }

        private void item(SourceSite.Item from) {
            MovedEntry entry = entries.get(from.key());
            PublishedItem existing =
                    entry == null || entry.getItemId() == null ? null : find(from.kind(), entry.getItemId());
            String title = cut(from.title(), PublishedItem.TITLE_LENGTH);
            String body = withPictures(from.body());
            RichText.Cleaned cleaned = RichText.clean(body == null ? "" : body);
            lines.add(new Line(
                    from.kind().name(),
                    title,
                    existing == null ? Action.NEW : Action.UPDATED,
                    cleaned.removed().isEmpty() ? null : "moving.cleaned",
                    String.join(", ", cleaned.removed())));
            String cover = from.cover() == null ? null : picture(from.cover()).orElse(null);
            List<String> gallery = new ArrayList<>();
            from.pictures().forEach(address -> picture(address).ifPresent(gallery::add));
            if (!write) {
                return;
            }
            PublishedItem item = existing != null ? existing : blank(from);
            item.setTitle(title);
            if (existing == null) {
                item.setSlug(Slugs.isValid(from.slug()) && isFree(from.kind(), from.slug()) ? from.slug() : null);
            }
            item.setSummary(
                    from.summary() == null ? null : cut(PlainText.of(from.summary()), PublishedItem.SUMMARY_LENGTH));
            item.setSeoTitle(cut(from.seoTitle(), PublishedItem.SEO_TITLE_LENGTH));
            item.setSeoDescription(cut(from.seoDescription(), PublishedItem.SEO_DESCRIPTION_LENGTH));
            item.setBody(body);
            if (item instanceof CategorizedItem categorized && from.categoryKey() != null) {
                categorized.setCategory(category(from.categoryKey()));
            }
            if (item instanceof Product product) {
                if (cover != null) {
                    gallery.add(0, cover);
                }
                for (String path : gallery) {
                    if (product.getImages().stream()
                            .noneMatch(image -> image.getPath().equals(path))) {
                        product.addImage(path, title);
                    }
                }
                if (!from.specs().isEmpty()) {
                    product.replaceSpecs(from.specs().stream()
                            .map(spec -> new SpecRow(
                                    cut(spec.name(), SpecRow.NAME_LENGTH), cut(spec.value(), SpecRow.VALUE_LENGTH)))
                            .toList());
                }
            } else if (cover != null) {
                item.setCoverPath(cover);
            }
            if (from.publishedAt() == null) {
                item.unpublish();
            } else {
                item.publish(from.publishedAt());
            }
            PublishedItem saved = save(from.kind(), item);
            MovedEntry made = entry(from.key());
            made.setItemId(saved.getId());
            if (from.kind().isCounted()) {
                ViewedItem viewed = new ViewedItem(from.kind(), saved.getId());
                long more = from.views() - viewCounts.getViews(viewed);
                if (more > 0) {
                    viewCounts.addViews(viewed, more);
                }
            }
            keepAddresses(made, from.oldAddresses());
            if (++itemsWritten % ITEMS_PER_FLUSH == 0) {
                em.flush();
                em.clear();
            }
        }

        /** The company's details: those the old site had replace these; its logo is stored as a picture. */
        private void company(SourceSite.Company from) {
            lines.add(new Line("SETTINGS", from.name(), Action.UPDATED, null, null));
            Map<BiConsumer<SiteSettings, String>, String> details = new LinkedHashMap<>();
            detail(details, "companyName", from.name(), SiteSettings::setCompanyName);
            detail(details, "address", from.address(), SiteSettings::setAddress);
            detail(details, "phone", from.phone(), SiteSettings::setPhone);
            detail(details, "mobile", from.mobile(), SiteSettings::setMobile);
            detail(details, "fax", from.fax(), SiteSettings::setFax);
            detail(details, "email", from.email(), SiteSettings::setEmail);
            detail(details, "qq", from.qq(), SiteSettings::setQq);
            detail(details, "icpNumber", from.icpNumber(), SiteSettings::setIcpNumber);
            Optional<String> logo = from.logo() == null ? Optional.empty() : picture(from.logo());
            Optional<String> wechatQr = from.wechatQr() == null ? Optional.empty() : picture(from.wechatQr());
            if (!write) {
                return;
            }
            em.flush();
            em.clear();
            SiteSettings settings = siteService.getSettingsAsStored();
            details.forEach((setter, value) -> setter.accept(settings, value));
            logo.ifPresent(settings::setLogoPath);
            wechatQr.ifPresent(settings::setWechatQrPath);
            siteService.update(settings);
        }

        /** A slide, found again by its stored picture. */
        private void banner(SourceSite.Banner from) {
            Optional<String> picture = picture(from.picture());
            if (picture.isEmpty()) {
                return; // said as the picture's line
            }
            Consumer<Banner> fill = banner -> {
                banner.setPicturePath(picture.get());
                banner.setTitle(cut(from.title(), Banner.TITLE_LENGTH));
                banner.setLink(from.link());
            };
            Optional<Banner> known = homeEntries.list(Banner.class).stream()
                    .filter(banner -> banner.getPicturePath().equals(picture.get()))
                    .findFirst();
            homeEntry(known, Banner::new, fill, "BANNER", from.title() == null ? from.picture() : from.title());
        }

        /** A friendly link, found again by its address. */
        private void link(SourceSite.Link from) {
            Optional<String> logo = from.logo() == null ? Optional.empty() : picture(from.logo());
            Consumer<FriendlyLink> fill = link -> {
                link.setName(cut(from.name(), FriendlyLink.NAME_LENGTH));
                link.setAddress(from.address());
                logo.ifPresent(link::setLogoPath);
            };
            Optional<FriendlyLink> known = homeEntries.list(FriendlyLink.class).stream()
                    .filter(link -> link.getAddress().equals(from.address()))
                    .findFirst();
            homeEntry(known, FriendlyLink::new, fill, "LINK", from.name());
        }

        /**
         * A guestbook message, into the inbox's archive (answered there if the old site answered it): it is old, and
         * not a new inquiry to alert anyone of. When it was sent and what was answered are its notes.
         */
        private void message(SourceSite.Message from) {
            String title = cut(from.text(), 40);
            MovedEntry entry = entries.get(from.key());
            if (entry != null) { // brought before: kept as it is, or deleted here since and not brought back
                boolean kept = entry.getInquiryId() != null && em.find(Inquiry.class, entry.getInquiryId()) != null;
                lines.add(
                        kept
                                ? new Line("MESSAGE", title, Action.UPDATED, null, null)
                                : new Line("MESSAGE", title, Action.REFUSED, "moving.messageDeleted", from.key()));
                return;
            }
            if (title == null) {
                lines.add(new Line("MESSAGE", from.key(), Action.REFUSED, "moving.emptyMessage", from.key()));
                return;
            }
            lines.add(new Line("MESSAGE", title, Action.NEW, null, null));
            if (!write) {
                return;
            }
            String name = from.name() == null ? "—" : from.name();
            Inquiry inquiry = new Inquiry(
                    cut(name, Inquiry.NAME_LENGTH),
                    null,
                    cut(from.phone(), Inquiry.PHONE_LENGTH),
                    cut(from.email(), Inquiry.EMAIL_LENGTH),
                    cut(from.text(), Inquiry.MESSAGE_LENGTH),
                    Language.CHINESE.code());
            inquiry.receivedFrom(
                    from.clientAddress() == null ? "0.0.0.0" : cut(from.clientAddress(), 64),
                    InquiryIntakeService.fingerprintOf(inquiry));
            inquiry.setStatus(from.answer() == null ? InquiryStatus.ARCHIVED : InquiryStatus.ANSWERED);
            inquiry.addNote(site.system() + " " + from.sentAt().toString().replace('T', ' '));
            if (from.answer() != null) {
                inquiry.addNote(from.answer());
            }
            em.persist(inquiry);
            em.flush();
            entry(from.key()).setInquiryId(inquiry.getId());
        }

        /**
         * Saves a slide or a link (the one known, or a new one) unless this site would refuse it: then said in the
         * report, and nothing of it changed.
         */
        private <T extends HomeEntry> void homeEntry(
                Optional<T> known, Supplier<T> made, Consumer<T> fill, String what, String title) {
            T checked = made.get();
            fill.accept(checked);
            List<String> wrong = validator.validate(checked).stream()
                    .map(violation -> violation.getPropertyPath() + " \"" + violation.getInvalidValue() + "\"")
                    .sorted()
                    .toList();
            if (!wrong.isEmpty()) {
                lines.add(new Line(what, title, Action.REFUSED, "moving.settingRefused", String.join(", ", wrong)));
                return;
            }
            lines.add(new Line(what, title, known.isPresent() ? Action.UPDATED : Action.NEW, null, null));
            if (write) {
                T entry = known.orElse(checked);
                fill.accept(entry);
                homeEntries.save(entry);
            }
        }

        /** A detail the old site had, unless this site's settings would refuse it (then said in the report). */
        private void detail(
                Map<BiConsumer<SiteSettings, String>, String> details,
                String property,
                String value,
                BiConsumer<SiteSettings, String> setter) {
            if (value == null) {
                return;
            }
            if (validator.validateValue(SiteSettings.class, property, value).isEmpty()) {
                details.put(setter, value);
            } else {
                lines.add(new Line("SETTINGS", property, Action.REFUSED, "moving.settingRefused", value));
            }
        }

        /** The body with each picture of the old site that the copy has replaced by the stored one. */
        private String withPictures(String body) {
            if (body == null) {
                return null;
            }
            Matcher found = PICTURE_ATTRIBUTE.matcher(body);
            StringBuilder replaced = new StringBuilder();
            while (found.find()) {
                String address = found.group(3);
                boolean picture = found.group(1).toLowerCase().startsWith("<img")
                        || PICTURE_FILE.matcher(address).matches();
                Optional<String> path = picture && isOnTheOldSite(address) ? picture(address) : Optional.empty();
                String value = path.map(stored -> "/media/" + stored).orElse(address);
                found.appendReplacement(
                        replaced, Matcher.quoteReplacement(found.group(1) + found.group(2) + value + found.group(2)));
            }
            return found.appendTail(replaced).toString();
        }

        private boolean isOnTheOldSite(String address) {
            return (address.startsWith("/") && !address.startsWith("//") && !address.startsWith("/media/"))
                    || (!site.origin().isEmpty() && address.startsWith(site.origin() + "/"));
        }

        /** The stored picture for an address on the old site, stored now if it wasn't; empty if refused or missing. */
        private Optional<String> picture(String address) {
            Optional<String> known = madePictures.get(address);
            if (known != null) {
                return known;
            }
            String key = "picture " + cut(address, 180);
            MovedEntry entry = entries.get(key);
            Optional<String> path;
            if (entry != null
                    && entry.getMediaPath() != null
                    && media.find(entry.getMediaPath()).isPresent()) {
                lines.add(new Line("PICTURE", address, Action.UPDATED, null, null));
                path = Optional.of(entry.getMediaPath());
            } else {
                path = store(address, key);
            }
            madePictures.put(address, path);
            return path;
        }

        private Optional<String> store(String address, String key) {
            try {
                // a run fetches what the copy lacks from the old site, if asked (which may fail); a plan only says so
                Optional<byte[]> content = write ? pictures.read(address) : pictures.copied(address);
                if (content.isEmpty() && !write && pictures.fetches(address)) {
                    lines.add(new Line("PICTURE", address, Action.NEW, "moving.pictureToFetch", address));
                    return Optional.of(PLANNED_PICTURE);
                }
                if (content.isEmpty()) {
                    lines.add(new Line("PICTURE", address, Action.REFUSED, "moving.pictureMissing", address));
                    return Optional.empty();
                }
                if (!write) {
                    ImageUpload.accept(content.get());
                    lines.add(new Line("PICTURE", address, Action.NEW, null, null));
                    return Optional.of(PLANNED_PICTURE); // in the text the plan cleans as a stored one would be
                }
                String path = media.storeUpload("content", content.get());
                entry(key).setMediaPath(path);
                lines.add(new Line("PICTURE", address, Action.NEW, null, null));
                return Optional.of(path);
            } catch (BusinessException refused) {
                lines.add(new Line("PICTURE", address, Action.REFUSED, refused.getMessageKey(), address));
                return Optional.empty();
            }
        }

        /** Keeps the old addresses that no other thing has taken. */
        private void keepAddresses(MovedEntry entry, List<String> oldAddresses) {
            for (String address : oldAddresses) {
                String kept = OldAddress.normalize(address);
                if (kept.length() <= OldAddress.LENGTH && addresses.add(kept)) {
                    em.persist(new OldAddress(kept, entry));
                }
            }
        }

        /** The entry of a key, as the persistence context has it now (it is cleared every few items). */
        private MovedEntry entry(String key) {
            MovedEntry known = entries.get(key);
            if (known == null) {
                known = new MovedEntry(source, key);
                em.persist(known);
            } else if (!em.contains(known)) {
                known = em.find(MovedEntry.class, known.getId());
            }
            entries.put(key, known);
            return known;
        }

        private Category category(String key) {
            Long id = madeCategories.get(key);
            return id == null ? null : em.getReference(Category.class, id);
        }

        private PublishedItem find(ItemKind kind, long id) {
            try {
                return service(kind).get(id);
            } catch (NotFoundException gone) {
                return null; // deleted for good since: made again
            }
        }

        /** Whether no item of the kind has the address {@code slug}. */
        private boolean isFree(ItemKind kind, String slug) {
            return em.createQuery("SELECT COUNT(i) FROM " + kind.entity() + " i WHERE i.slug = :slug", Long.class)
                            .setParameter("slug", slug)
                            .getSingleResult()
                    == 0;
        }

        private PublishedItem blank(SourceSite.Item from) {
            Category category = from.categoryKey() == null ? null : category(from.categoryKey());
            return switch (from.kind()) {
                case PRODUCT -> new Product(category, null, from.title());
                case ARTICLE -> new Article(category, null, from.title());
                case CASE_STUDY -> new CaseStudy(category, null, from.title());
                case PAGE -> new Page(null, from.title());
                default -> throw new IllegalArgumentException("Not imported: " + from.kind());
            };
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends PublishedItem> ItemEditService<T> service(ItemKind kind) {
        return (ItemEditService<T>)
                switch (kind) {
                    case PRODUCT -> products;
                    case ARTICLE -> articles;
                    case CASE_STUDY -> caseStudies;
                    case PAGE -> pages;
                    default -> throw new IllegalArgumentException("Not imported: " + kind);
                };
    }

    private <T extends PublishedItem> PublishedItem save(ItemKind kind, PublishedItem item) {
        ItemEditService<T> service = service(kind);
        @SuppressWarnings("unchecked")
        T typed = (T) item;
        return service.save(typed);
    }

    private static String cut(String text, int length) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length);
    }
}
