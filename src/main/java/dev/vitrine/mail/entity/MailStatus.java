package dev.vitrine.mail.entity;

/** Where a mail is: waiting for its (next) try, gone out, or given up on after the last try. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
