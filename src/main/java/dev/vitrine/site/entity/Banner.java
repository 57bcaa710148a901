package dev.vitrine.site.entity;

import dev.vitrine.shared.Language;
import dev.vitrine.shared.text.Texts;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** A banner slide of the home page: a picture, a title over it, where it leads, and when it shows. */
@Entity
@Table(name = "banner")
@Cacheable
public class Banner extends HomeEntry {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 100;

    /** An address on this site ({@code /products/x}) or an http(s) address; or nothing. */
    public static final String LINK_PATTERN = "((/[^/\\s\"<>][^\\s\"<>]*|/)|https?://[^\\s\"<>]+)?";

    @NotBlank(message = "{vitrine.banner.picture}")
    @Column(name = "picture_path", nullable = false, length = SiteSettings.PATH_LENGTH)
    private String picturePath;

    @Size(max = TITLE_LENGTH)
    @Column(length = TITLE_LENGTH)
    private String title;

    /** The titles in the languages but Chinese that have one, by language code. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "banner_title", joinColumns = @JoinColumn(name = "banner_id"))
    @MapKeyColumn(name = "language", length = 10)
    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private Map<String, @Size(max = TITLE_LENGTH) String> titles = new HashMap<>();

    @Size(max = SiteSettings.PATH_LENGTH)
    @Pattern(regexp = LINK_PATTERN, message = "{vitrine.banner.link}")
    @Column(length = SiteSettings.PATH_LENGTH)
    private String link;

    /** From when it shows, in the shop's time; none: from now. */
    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    /** Until when it shows; none: until removed. */
    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    /** Whether it shows at {@code now}. */
    public boolean showsAt(LocalDateTime now) {
        return (startsAt == null || !startsAt.isAfter(now)) && (endsAt == null || endsAt.isAfter(now));
    }

    @AssertTrue(message = "{vitrine.banner.ends}")
    public boolean isEndAfterStart() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    /** The title in a language: its own, else the Chinese one. */
    public String titleIn(Language language) {
        return titles.getOrDefault(language.code(), title);
    }

    @Override
    public String picture() {
        return picturePath;
    }

    @Override
    public String label() {
        return title != null ? title : picturePath;
    }

    public String getPicturePath() {
        return picturePath;
    }

    public void setPicturePath(String picturePath) {
        this.picturePath = picturePath;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Texts.strippedOrNull(title);
    }

    /** The titles by language code, to edit: an empty one is dropped on saving ({@link #dropEmptyTitles()}). */
    public Map<String, String> getTitles() {
        return titles;
    }

    /** Keeps only the titles in other languages that say something, stripped. */
    public void dropEmptyTitles() {
        Texts.dropEmpty(titles);
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = Texts.strippedOrNull(link);
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }
}
