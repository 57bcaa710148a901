package dev.vitrine.search.service;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The search index's query times over a shop of {@code N} items in both languages (run by
 * {@code bench/search.sh}; not a test). The items are made up from word lists, the same ones every run
 * (a fixed seed), so runs compare; the queries mix Chinese words, English words in other forms, two
 * words, deeper pages and words found nowhere.
 */
public final class SearchBench {

    private static final String[] ZH_THINGS = {
        "功放", "低音炮", "高音喇叭", "中低音喇叭", "蓄电池", "隔音板", "音频处理器", "同轴喇叭", "分频器", "电源线", "倒车影像", "行车记录仪"
    };
    private static final String[] ZH_TRAITS = {"四声道", "超薄", "大功率", "防水", "免维护", "两分频", "有源", "无损", "低失真", "原车位"};
    private static final String[] ZH_TEXT = {
        "适合原车升级", "安装不剪原车线", "冬天启动更有余量", "声场定位清晰", "低频下潜有力", "人声通透不刺耳", "门店免费调音", "全国包邮", "支持高电平输入", "铝合金散热外壳"
    };
    private static final String[] EN_THINGS = {
        "amplifier",
        "subwoofer",
        "tweeter",
        "woofer",
        "battery",
        "deadening mat",
        "sound processor",
        "coaxial speaker",
        "crossover",
        "power cable",
        "reversing camera",
        "dash camera"
    };
    private static final String[] EN_TRAITS = {
        "four-channel",
        "slim",
        "high-power",
        "waterproof",
        "maintenance-free",
        "two-way",
        "active",
        "lossless",
        "low-distortion",
        "drop-in"
    };
    private static final String[] EN_TEXT = {
        "a simple upgrade for factory systems",
        "fitted without cutting factory wires",
        "more margin for cold starts",
        "a clear sound stage",
        "deep, firm bass",
        "open vocals that never tire",
        "tuned free in our workshop",
        "free delivery",
        "high-level inputs",
        "aluminium heat sink"
    };
    private static final List<String> QUERIES = List.of(
            "功放",
            "低音炮",
            "四声道 功放",
            "蓄电池 冬天",
            "超薄低音炮",
            "隔音",
            "处理器 调音",
            "无此商品词",
            "amplifiers",
            "subwoofers",
            "slim subwoofer",
            "batteries winter",
            "cameras",
            "tweeter crossover",
            "nothingword");

    private SearchBench() {}

    public static void main(String[] args) throws IOException {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path data = Files.createTempDirectory("vitrine-search-bench");
        System.setProperty("vitrine.data.dir", data.toString());
        List<SearchSource> sources = shop(items);
        SearchIndex index = new SearchIndex(new SearchSources() {
            @Override
            public List<SearchSource> visible(ItemKind kind, long id) {
                return List.of();
            }

            @Override
            public List<SearchSource> allVisible() {
                return sources;
            }
        });
        try {
            long start = System.nanoTime();
            index.search("功放", Language.CHINESE, 1, 10);
            System.out.printf(
                    "indexed %,d items (%,d documents) in %.1f s%n",
                    items, sources.size(), (System.nanoTime() - start) / 1e9);
            run(index, 500); // warm-up
            double[] times = run(index, 3_000);
            Arrays.sort(times);
            System.out.printf(
                    "%,d queries (%d kinds, both languages, pages 1-3): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    times.length,
                    QUERIES.size(),
                    percentile(times, 50),
                    percentile(times, 95),
                    percentile(times, 99),
                    times[times.length - 1]);
        } finally {
            index.close();
            try (var files = Files.walk(data)) {
                files.sorted((a, b) -> b.compareTo(a))
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private static double[] run(SearchIndex index, int count) {
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            String query = QUERIES.get(i % QUERIES.size());
            Language language = query.chars().anyMatch(c -> c > 0x2e80) ? Language.CHINESE : Language.ENGLISH;
            int page = 1 + (i / QUERIES.size()) % 3;
            long start = System.nanoTime();
            index.search(query, language, page, 10);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static List<SearchSource> shop(int items) {
        Random random = new Random(42);
        List<SearchSource> sources = new ArrayList<>();
        for (long id = 1; id <= items; id++) {
            int thing = random.nextInt(ZH_THINGS.length);
            int trait = random.nextInt(ZH_TRAITS.length);
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (int sentence = 0; sentence < 12; sentence++) {
                int text = random.nextInt(ZH_TEXT.length);
                zh.append(ZH_TEXT[text]).append("，");
                en.append(EN_TEXT[text]).append(". ");
            }
            LocalDateTime published = LocalDateTime.of(2025, 1, 1, 9, 0).plusHours(id);
            ItemKind kind = id % 3 == 0 ? ItemKind.ARTICLE : ItemKind.PRODUCT;
            sources.add(new SearchSource(
                    kind,
                    id,
                    Language.CHINESE,
                    kind.path("item-" + id),
                    ZH_TRAITS[trait] + ZH_THINGS[thing] + " " + id,
                    ZH_TEXT[random.nextInt(ZH_TEXT.length)],
                    zh.toString(),
                    published));
            sources.add(new SearchSource(
                    kind,
                    id,
                    Language.ENGLISH,
                    Language.ENGLISH.path(kind.path("item-" + id)),
                    EN_TRAITS[trait] + " " + EN_THINGS[thing] + " " + id,
                    EN_TEXT[random.nextInt(EN_TEXT.length)],
                    en.toString(),
                    published));
        }
        return sources;
    }
}
