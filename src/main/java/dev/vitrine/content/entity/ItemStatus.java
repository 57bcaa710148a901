package dev.vitrine.content.entity;

/** Where a published item is in its life. A published item whose publish time is still to come is scheduled. */
public enum ItemStatus {
    DRAFT,
    PUBLISHED
}
