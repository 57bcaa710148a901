package dev.vitrine.inquiry.entity;

/** Where an inquiry is in the inbox. */
public enum InquiryStatus {
    NEW,
    IN_PROGRESS,
    ANSWERED,
    SPAM,
    ARCHIVED
}
