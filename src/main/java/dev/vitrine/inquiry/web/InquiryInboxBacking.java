package dev.vitrine.inquiry.web;

import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.inquiry.service.InquiryService;
import dev.vitrine.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The inquiry inbox ({@code /admin/inquiries/list}): one folder at a time (new, in progress, answered,
 * spam, archived); staff move inquiries between folders, take one on, keep notes; admins delete.
 */
@Named
@ViewScoped
public class InquiryInboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InquiryService inquiries;

    private InquiryStatus folder = InquiryStatus.NEW;
    private List<Inquiry> shown;
    private String note;

    public List<Inquiry> getInquiries() {
        if (shown == null) {
            shown = inquiries.folder(folder);
        }
        return shown;
    }

    public void open(InquiryStatus folder) {
        this.folder = folder;
        shown = null;
    }

    public void move(Inquiry inquiry, InquiryStatus to) {
        inquiries.move(inquiry.getId(), to);
        shown = null;
        Messages.info("inquiry.moved", inquiry.getName(), Messages.text("inquiry.folder." + to));
    }

    public void takeOn(Inquiry inquiry, String username) {
        inquiries.assign(inquiry.getId(), username);
        inquiries.move(inquiry.getId(), InquiryStatus.IN_PROGRESS);
        shown = null;
    }

    public void addNote(Inquiry inquiry) {
        if (note == null || note.isBlank()) {
            return;
        }
        inquiries.addNote(inquiry.getId(), note);
        note = null;
        shown = null;
    }

    public void delete(Inquiry inquiry) {
        inquiries.delete(inquiry.getId());
        shown = null;
        Messages.info("inquiry.deleted", inquiry.getName());
    }

    public InquiryStatus[] getFolders() {
        return InquiryStatus.values();
    }

    public InquiryStatus getFolder() {
        return folder;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
