package dev.vitrine.content.entity;

import java.time.LocalDateTime;

/** Which visible item, where it is ({@code slug}) and when it last changed (UTC): a projection for the sitemap. */
public record ItemAddress(long id, String slug, LocalDateTime updated) {}
