package dev.vitrine.search.service;

import dev.vitrine.content.entity.ItemKind;
import java.time.LocalDateTime;

/**
 * One result: its kind, address, title and snippet as HTML (the text escaped, the words found in
 * {@code <mark>}), and its publish time (the shop's time).
 */
public record SearchHit(ItemKind kind, String path, String titleHtml, String snippetHtml, LocalDateTime published) {}
