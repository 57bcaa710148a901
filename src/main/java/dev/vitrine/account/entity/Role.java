package dev.vitrine.account.entity;

/** What a staff member may do in the back office. */
public enum Role {
    /** Everything, including users and site settings. */
    ADMIN,
    /** Products, news, categories and images. */
    EDITOR;

    /** The role names as the server's security knows them. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String EDITOR_NAME = "EDITOR";
}
