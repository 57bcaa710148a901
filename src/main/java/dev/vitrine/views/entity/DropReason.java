package dev.vitrine.views.entity;

/** Why a page request was not counted as a view. */
public enum DropReason {
    /** A crawler, a tool, or a request without a user agent. */
    BOT,
    /** The same visitor saw the same item within the repeat window. */
    REPEAT,
    /** A signed-in staff member. */
    STAFF,
    /** Past a limit: an address's few views of an item per window, or the memory for remembering visitors. */
    LIMIT
}
