package dev.vitrine.views.web;

import dev.vitrine.health.service.HealthDetails;
import dev.vitrine.inquiry.service.InquiryInboxService;
import dev.vitrine.views.service.ViewStats;
import dev.vitrine.views.service.ViewStatsService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;

/**
 * The back office's first page ({@code /admin/dashboard}): how the site is being read, and asked, and how
 * this instance is (what the public {@code /health} doesn't say).
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** Height of the chart's plot area, in SVG units. */
    static final int CHART_HEIGHT = 160;

    /** Height of the inquiries chart's plot area. */
    static final int INQUIRY_CHART_HEIGHT = 40;

    @Inject
    private ViewStatsService statsService;

    @Inject
    private InquiryInboxService inquiryInbox;

    @Inject
    private HealthDetails healthDetails;

    private HealthDetails.Details health;
    private ViewStats stats;
    private long highestDay;
    private Map<LocalDate, Long> inquiries;
    private long inquiriesHighestDay;

    @PostConstruct
    void load() {
        stats = statsService.stats();
        health = healthDetails.details();
        highestDay = Math.max(
                1, stats.days().stream().mapToLong(ViewStats.Day::views).max().orElse(1));
        inquiries = inquiryInbox.perDay(stats.days().get(0).date());
        inquiriesHighestDay = Math.max(
                1, inquiries.values().stream().mapToLong(Long::longValue).max().orElse(1));
    }

    /** Inquiries received on a day (spam left out). */
    public long inquiriesOn(LocalDate day) {
        return inquiries.getOrDefault(day, 0L);
    }

    public long getInquiriesLastMonth() {
        return inquiries.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The height of a day's bar in the inquiries chart. */
    public long inquiryBarHeight(LocalDate day) {
        return Math.round((double) inquiriesOn(day) * INQUIRY_CHART_HEIGHT / inquiriesHighestDay);
    }

    /** What {@code /health} keeps from the public: the schema, the cluster, late jobs. */
    public HealthDetails.Details getHealth() {
        return health;
    }

    public ViewStats getStats() {
        return stats;
    }

    /** The height of a day's bar in the chart. */
    public long barHeight(long views) {
        return Math.round((double) views * CHART_HEIGHT / highestDay);
    }

    public long getHighestDay() {
        return highestDay;
    }
}
