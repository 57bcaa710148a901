package dev.vitrine.content.entity;

import java.time.LocalDateTime;

/** Where a visible item is ({@code slug}) and when it last changed (UTC): a projection for the sitemap. */
public record ItemAddress(String slug, LocalDateTime updated) {}
