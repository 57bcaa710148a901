package dev.vitrine.inquiry.web;

import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.inquiry.service.InquiryInboxService;
import dev.vitrine.mail.entity.OutgoingMail;
import dev.vitrine.mail.service.EmailAddress;
import dev.vitrine.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The inquiry inbox ({@code /admin/inquiries/list}): one folder at a time (new, in progress, answered,
 * spam, archived), searched by words; staff move inquiries between folders, take one on, keep notes,
 * answer by e-mail and see each mail's fate; admins delete.
 */
@Named
@ViewScoped
public class InquiryInboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InquiryInboxService inquiries;

    /** How the notes record a move: "→ " and the folder's name (InquiryInboxService.move). */
    private static final Pattern MOVED_TO = Pattern.compile("→ (NEW|IN_PROGRESS|ANSWERED|SPAM|ARCHIVED)\\b");

    private InquiryStatus folder = InquiryStatus.NEW;
    private String search;
    private List<Inquiry> shown;
    private Map<Long, List<OutgoingMail>> mails;
    private String note;
    private Long answering;
    private String answerSubject;
    private String answerText;

    public List<Inquiry> getInquiries() {
        if (shown == null) {
            shown = inquiries.folder(folder, search);
            mails = inquiries.mailsOf(shown);
        }
        return shown;
    }

    /**
     * Whether the inquiry's e-mail is one address we can write to and link: addresses kept before the form
     * checked strictly are shown as text only, never as a {@code mailto:} link that could carry parameters.
     */
    public boolean writable(Inquiry inquiry) {
        return EmailAddress.isValid(inquiry.getEmail());
    }

    /** The mails about an inquiry (alerts, answers), oldest first. */
    public List<OutgoingMail> mails(Inquiry inquiry) {
        getInquiries();
        return mails.getOrDefault(inquiry.getId(), List.of());
    }

    public void search() {
        shown = null;
    }

    /** Opens the answer form of an inquiry, with the usual subject. */
    public void startAnswer(Inquiry inquiry) {
        answering = inquiry.getId();
        answerSubject = inquiries.answerSubject(inquiry.getId());
        answerText = null;
    }

    public void sendAnswer(Inquiry inquiry) {
        if (answerText == null || answerText.isBlank()) {
            Messages.error(null, "inquiry.answerMissing");
            return;
        }
        if (inquiries.answer(inquiry.getId(), answerSubject, answerText).isPresent()) {
            Messages.info("inquiry.answerQueued", inquiry.getEmail());
            answering = null;
            shown = null;
        } else {
            Messages.error(null, "inquiry.mailsOff");
        }
    }

    public void retry(OutgoingMail mail) {
        inquiries.retryMail(mail.getId());
        shown = null;
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

    public boolean isMailEnabled() {
        return inquiries.mailEnabled();
    }

    public boolean answering(Inquiry inquiry) {
        return inquiry.getId().equals(answering);
    }

    public String getAnswerSubject() {
        return answerSubject;
    }

    public void setAnswerSubject(String answerSubject) {
        this.answerSubject = answerSubject;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public InquiryStatus getFolder() {
        return folder;
    }

    /** Why an inquiry was suspected, in words ("links" is "more than two links"). */
    public String reasons(Inquiry inquiry) {
        return inquiry.getSpamReasons() == null
                ? ""
                : Arrays.stream(inquiry.getSpamReasons().split(","))
                        .map(reason -> Messages.text("inquiry.reason." + reason))
                        .collect(Collectors.joining("; "));
    }

    /** An inquiry's notes, with the folders it was moved to in words ("boss → In progress", not IN_PROGRESS). */
    public String notes(Inquiry inquiry) {
        return inquiry.getNotes() == null
                ? ""
                : MOVED_TO.matcher(inquiry.getNotes())
                        .replaceAll(moved ->
                                Matcher.quoteReplacement("→ " + Messages.text("inquiry.folder." + moved.group(1))));
    }

    /** The folder named in the address ({@code ?folder=SPAM}, the dashboard's link to suspected spam). */
    public void setFolder(InquiryStatus folder) {
        if (folder != null) {
            open(folder);
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
