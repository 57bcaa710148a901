package dev.vitrine.site.entity;

import dev.vitrine.shared.text.Texts;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A friendly link (友情链接): another site the company links to from its home page, perhaps with its logo. */
@Entity
@Table(name = "friendly_link")
@Cacheable
public class FriendlyLink extends HomeEntry {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 100;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotBlank
    @Size(max = SiteSettings.PATH_LENGTH)
    @Pattern(regexp = "https?://[^\\s\"<>]+", message = "{vitrine.link.address}")
    @Column(nullable = false, length = SiteSettings.PATH_LENGTH)
    private String address;

    @Column(name = "logo_path", length = SiteSettings.PATH_LENGTH)
    private String logoPath;

    @Override
    public String picture() {
        return logoPath;
    }

    @Override
    public String label() {
        return name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.strippedOrNull(name);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Texts.strippedOrNull(address);
    }

    public String getLogoPath() {
        return logoPath;
    }

    public void setLogoPath(String logoPath) {
        this.logoPath = logoPath;
    }
}
