package dev.vitrine.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdminShortcutsTest {

    @Test
    void backOfficeAddressesWithoutThePageNameLeadToThePage() {
        assertEquals("/admin/dashboard", AdminShortcuts.pageOf("/admin"));
        assertEquals("/admin/dashboard", AdminShortcuts.pageOf("/admin/"));
        assertEquals("/admin/categories/list", AdminShortcuts.pageOf("/admin/categories"));
        assertEquals("/admin/pages/list", AdminShortcuts.pageOf("/admin/pages/"));
        assertEquals("/admin/site/settings", AdminShortcuts.pageOf("/admin/site"));
        assertEquals("/admin/audit/log", AdminShortcuts.pageOf("/admin/audit/"));
        assertEquals("/admin/account/password", AdminShortcuts.pageOf("/admin/account"));
    }
}
