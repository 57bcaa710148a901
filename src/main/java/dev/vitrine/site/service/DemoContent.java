package dev.vitrine.site.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.ProductEditService;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.content.service.ItemFilter;
import dev.vitrine.content.service.TranslationEditService;
import dev.vitrine.media.service.ImageUpload;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.pages.service.PageEditService;
import dev.vitrine.shared.config.VitrineConfig;
import dev.vitrine.site.entity.Banner;
import dev.vitrine.site.entity.FriendlyLink;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.entity.SiteSettings.HomeBlock;
import dev.vitrine.site.service.DemoImages.Motif;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCountService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.awt.Color;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;

/**
 * Fills an empty database on first start: the site settings always, and unless
 * {@code VITRINE_DEMO_CONTENT=false} a small car-audio shop to look at and to try the back office on.
 * It writes through the same role-checked, audited services as staff, in the ADMIN role, and the audit log
 * names it {@code system} (Payara's run-as principal {@code system@vitrine}, mapped in {@code glassfish-ejb-jar.xml}; WildFly's is
 * anonymous, which the log records as {@code system} too). {@link DemoContentAtStart} calls it once at start.
 */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    /** When the demo shop's products and pages went online, in the shop's time zone. */
    private static final LocalDateTime OPENING = LocalDateTime.of(2025, 6, 1, 9, 0, 0);

    /** The demo products in the order they are shown, until they are saved. */
    private final List<Product> shelf = new ArrayList<>();

    @Inject
    private SiteService site;

    @Inject
    private CategoryService categories;

    @Inject
    private ProductEditService products;

    @Inject
    private ArticleEditService articles;

    @Inject
    private PageEditService pages;

    @Inject
    private ViewCountService viewCounts;

    @Inject
    private MediaStore media;

    @Inject
    private TranslationEditService translations;

    @Inject
    private HomeEntryService homeEntries;

    /**
     * One transaction, committed when this method returns (see {@link DemoContentAtStart} for why here). Anyone:
     * its caller starts the application, as nobody; it does nothing once the database has its settings.
     */
    @PermitAll
    public void loadIfEmpty() {
        if (site.hasSettings()) {
            return;
        }
        if (!VitrineConfig.demoContent()) {
            site.create(new SiteSettings("Vitrine"));
            LOG.info("Empty database: created the site settings, no demo content (VITRINE_DEMO_CONTENT=false)");
            return;
        }
        loadSettings();
        loadProducts();
        loadNews();
        loadPages();
        loadEnglish();
        loadHomeEntries();
        LOG.info("Empty database: loaded the demo shop (set VITRINE_DEMO_CONTENT=false to start empty)");
    }

    private void loadSettings() {
        SiteSettings settings = new SiteSettings("广州声悦汽车音响有限公司");
        settings.setEmail("service@shengyue-audio.example.com");
        settings.setPhone("020-3852 6671");
        settings.setFax("020-3852 6672");
        settings.setAddress("广州市天河区车陂路 88 号汽配城 B 区 112 铺");
        settings.setIcpNumber("粤ICP备00000000号-1");
        settings.setDescription("汽车音响改装专营店:喇叭、功放、低音炮与隔音材料,专业到店安装,全国包邮。");
        settings.setFooterText("专注汽车音响改装十五年 · 到店安装 · 全国包邮");
        settings.setCompanyNameEn("Shengyue Car Audio, Guangzhou");
        settings.setAddressEn("Shop 112, Block B, Auto Parts City, 88 Chebei Road, Tianhe District, Guangzhou");
        settings.setDescriptionEn(
                "Car audio upgrades in Guangzhou: speakers, amplifiers, subwoofers and sound deadening, fitted in our workshop.");
        settings.setFooterTextEn(
                "Fifteen years of car audio upgrades · Fitted in our workshop · Free delivery in China");
        settings.setHomeBlocks(List.of(HomeBlock.BANNERS, HomeBlock.FEATURED, HomeBlock.NEWS, HomeBlock.LINKS));
        site.create(settings);
    }

    private void loadProducts() {
        Category audio = category(english(new Category(ItemKind.PRODUCT, "汽车音响", "car-audio", 1), "Car Audio"));
        Category speakers =
                category(inside(audio, english(new Category(ItemKind.PRODUCT, "喇叭", "speakers", 0), "Speakers")));
        Category amplifiers = category(
                inside(audio, english(new Category(ItemKind.PRODUCT, "功放与处理器", "amplifiers", 0), "Amplifiers & DSP")));
        Category subwoofers =
                category(inside(audio, english(new Category(ItemKind.PRODUCT, "低音炮", "subwoofers", 0), "Subwoofers")));
        Category accessories =
                category(english(new Category(ItemKind.PRODUCT, "汽车用品", "car-accessories", 2), "Accessories"));

        product(
                speakers,
                true,
                "st-26-silk-dome-tweeter",
                "声悦 ST-26 丝膜球顶高音喇叭（一对）",
                "26 mm 丝膜振膜配钕磁铁，高音细腻不刺耳，可装原车高音位。",
                "<p>ST-26 用柔软的丝膜球顶取代常见的塑料振膜，<strong>高频延伸到 25 kHz</strong>，人声和弦乐更通透，"
                        + "长时间听也不累耳。</p><ul><li>随附面装与嵌入两种安装座</li><li>内置 3.3 µF 分频电容，可直接接原车线</li></ul>",
                Motif.SPEAKER,
                new Color(0x2b6cb0),
                "振膜",
                "26 mm 丝膜球顶",
                "阻抗",
                "4 Ω",
                "额定功率",
                "60 W",
                "频响范围",
                "2.5 kHz – 25 kHz",
                "灵敏度",
                "91 dB");
        product(
                subwoofers,
                true,
                "sb-12-sealed-enclosure",
                "12 寸密闭式低音炮木箱（空箱）",
                "18 mm 中密度板整箱，内加强筋，10 寸和 12 寸低音单元都能装。",
                "<p>密闭箱的低音收得干净、下潜线性，适合流行和人声为主的曲风。箱体<strong>内侧贴吸音棉</strong>，" + "外覆耐磨地毯布，放在后备箱不易刮花。</p>",
                Motif.ENCLOSURE,
                new Color(0x9c6b3c),
                "板材",
                "18 mm 中密度纤维板",
                "净容积",
                "28 L",
                "外形尺寸",
                "420 × 380 × 360 mm",
                "适配单元",
                "10 寸 / 12 寸");
        product(
                speakers,
                true,
                "cs-65-component-set",
                "CS-65 6.5 寸两分频套装喇叭",
                "中低音、高音与外置分频器一套配齐，升级原车门板喇叭的首选。",
                "<p>6.5 寸编织玻纤盆中低音搭配 25 mm 高音，<strong>外置 12 dB/倍频程分频器</strong>可切换高音增益，"
                        + "适配大多数车型的原车门板开孔。</p><ol><li>拆门板，换中低音</li><li>A 柱装高音</li>"
                        + "<li>分频器藏在门内或脚踏下</li></ol>",
                Motif.SPEAKER,
                new Color(0x2f855a),
                "中低音单元",
                "6.5 寸 (165 mm)",
                "高音单元",
                "25 mm",
                "阻抗",
                "4 Ω",
                "额定功率",
                "80 W",
                "安装深度",
                "62 mm");
        product(
                amplifiers,
                true,
                "a4-class-d-amplifier",
                "A4 四声道 D 类功放",
                "4 × 80 W 额定输出，机身只有 A4 纸一半大，可藏在座椅下。",
                "<p>全频 D 类设计，效率超过 85%，长时间大音量播放也不烫手。支持<strong>高电平输入</strong>，" + "不换原车主机也能接。</p>",
                Motif.AMPLIFIER,
                new Color(0x4a5568),
                "声道",
                "4",
                "额定功率",
                "4 × 80 W (4 Ω)",
                "桥接功率",
                "2 × 240 W",
                "输入",
                "RCA 低电平 / 高电平",
                "尺寸",
                "210 × 145 × 48 mm");
        product(
                amplifiers,
                true,
                "dsp-8-processor",
                "DSP-8 八声道音频处理器",
                "8 路输出、每路 31 段均衡与延时，手机蓝牙即可调音。",
                "<p>DSP 能按车内每个座位的距离补偿延时，把声场拉回到仪表台正中。<strong>调好的方案可保存 6 组</strong>，" + "一键切换。</p>",
                Motif.PROCESSOR,
                new Color(0x2c5282),
                "输入",
                "4 路高电平 + 2 路 RCA",
                "输出",
                "8 路 RCA",
                "均衡",
                "每路 31 段",
                "调音方式",
                "手机 App（蓝牙）");
        product(
                subwoofers,
                false,
                "sw-10-underseat-subwoofer",
                "SW-10 超薄座椅下有源低音炮",
                "10 寸超薄箱体自带功放，不占后备箱。",
                "<p>厚度只有 70 mm，装在前排座椅下即可补足原车缺少的低频。自带 150 W 功放和<strong>线控音量旋钮</strong>。</p>",
                Motif.SPEAKER,
                new Color(0x6b46c1),
                "单元尺寸",
                "10 寸",
                "内置功放",
                "150 W",
                "厚度",
                "70 mm",
                "频响范围",
                "30 Hz – 150 Hz");
        product(
                accessories,
                false,
                "dm-door-deadening-mat",
                "车门隔音止震板（10 片装）",
                "丁基胶加铝箔，贴在门板内侧，减少共振与路噪。",
                "<p>换喇叭时顺手做门板止震，<strong>中低音更扎实</strong>，关门声也更厚重。每片 46 × 80 cm。</p>",
                Motif.MAT,
                new Color(0x718096),
                "材质",
                "丁基胶 + 铝箔",
                "厚度",
                "2.5 mm",
                "规格",
                "46 × 80 cm × 10 片");
        product(
                accessories,
                false,
                "ag-70-maintenance-free-battery",
                "70Ah 免维护汽车蓄电池",
                "冷启动电流 650 A，适合加装功放后的用电需求。",
                "<p>加装功放和低音炮后，原车电瓶往往吃紧。这款 70Ah 电池<strong>低温启动更有余量</strong>，" + "门店可免费检测充电系统。</p>",
                Motif.BATTERY,
                new Color(0xc53030),
                "容量",
                "70 Ah",
                "冷启动电流",
                "650 A",
                "电压",
                "12 V",
                "保修",
                "18 个月");
        // Each new product comes first in its category: saved last to first, they stand in the order above.
        Collections.reverse(shelf);
        shelf.forEach(products::save);
        shelf.clear();
    }

    private Category category(Category category) {
        return categories.save(category);
    }

    private static Category inside(Category parent, Category category) {
        category.setParent(parent);
        return category;
    }

    private static Category english(Category category, String name) {
        category.setNameEn(name);
        return category;
    }

    /**
     * English versions of most of the shop: the A4 amplifier and the article first written in English are
     * left without one, to show how the English site treats such items.
     */
    private void loadEnglish() {
        translate(
                ItemKind.PRODUCT,
                "st-26-silk-dome-tweeter",
                "ST-26 Silk Dome Tweeters (pair)",
                "26 mm silk domes on neodymium magnets: smooth, never harsh, and they fit the factory tweeter slots.",
                "<p>A soft silk dome instead of the usual plastic one takes the treble up to <strong>25 kHz</strong>:"
                        + " voices and strings sound open, and long drives don't tire your ears.</p>"
                        + "<ul><li>Surface and flush mounts included</li>"
                        + "<li>Built-in 3.3 µF crossover capacitor: connects straight to the factory wiring</li></ul>");
        translate(
                ItemKind.PRODUCT,
                "sb-12-sealed-enclosure",
                "12-inch Sealed Subwoofer Box (empty)",
                "18 mm MDF with internal bracing; takes 10- and 12-inch woofers.",
                "<p>A sealed box gives tight, linear bass that suits pop and vocals. Lined with damping wadding inside"
                        + " and <strong>hard-wearing carpet</strong> outside, so it won't scuff in the boot.</p>");
        translate(
                ItemKind.PRODUCT,
                "cs-65-component-set",
                "CS-65 6.5-inch Two-way Component Speakers",
                "Woofers, tweeters and external crossovers in one box: the first upgrade for factory door speakers.",
                "<p>Woven glass-fibre 6.5-inch woofers with 25 mm tweeters; the <strong>12 dB/octave crossovers</strong>"
                        + " let you set the tweeter level to your car.</p>");
        translate(
                ItemKind.PRODUCT,
                "dsp-8-processor",
                "DSP-8 Eight-channel Sound Processor",
                "Eight outputs, 31-band EQ and delay on each, tuned from your phone over Bluetooth.",
                "<p>Time alignment for every seat brings the stage back to the middle of the dashboard."
                        + " <strong>Six tunings can be stored</strong> and switched at a touch.</p>");
        translate(
                ItemKind.PRODUCT,
                "sw-10-underseat-subwoofer",
                "SW-10 Slim Under-seat Active Subwoofer",
                "A 10-inch slim box with its own amplifier: bass without losing the boot.",
                "<p>Only 70 mm deep, it fits under a front seat and fills in the low end factory systems lack."
                        + " Built-in 150 W amplifier and a <strong>wired volume knob</strong>.</p>");
        translate(
                ItemKind.PRODUCT,
                "dm-door-deadening-mat",
                "Door Sound Deadening Mats (10 sheets)",
                "Butyl with aluminium foil for the inside of door panels: less rattle, less road noise.",
                "<p>Deaden the doors while the speakers are out: <strong>firmer mid-bass</strong> and a more solid"
                        + " door thud. Each sheet is 46 × 80 cm.</p>");
        translate(
                ItemKind.PRODUCT,
                "ag-70-maintenance-free-battery",
                "70 Ah Maintenance-free Car Battery",
                "650 A cold cranking current: room for the extra load of an amplifier.",
                "<p>An amplifier and a subwoofer strain the factory battery. This 70 Ah battery has <strong>more"
                        + " margin for cold starts</strong>, and we check your charging system for free.</p>");
        translate(
                ItemKind.ARTICLE,
                "dsp-tuning-service-launched",
                "Professional DSP tuning now in our workshop",
                "Our tuner measures in your car and sets the sound stage for your ears and your seat.",
                "<p>From this month we offer <strong>professional DSP tuning</strong>: the tuner measures the response"
                        + " at the driver's seat with a test microphone, then adjusts it for the music you play.</p>"
                        + "<p>It takes about two hours, and the result is stored in the processor.</p>");
        translate(
                ItemKind.ARTICLE,
                "five-things-before-upgrading-car-audio",
                "Five things to settle before upgrading your car audio",
                "Budget, music, keeping the factory head unit: think these through first.",
                "<ol><li><strong>Budget</strong>: roughly a third each for speakers, amplifier and deadening.</li>"
                        + "<li><strong>Music</strong>: vocals and electronic music call for different bass.</li>"
                        + "<li><strong>Head unit</strong>: keeping it means an amplifier or DSP with high-level input.</li>"
                        + "<li><strong>Power</strong>: check battery and alternator before adding a big amplifier.</li>"
                        + "<li><strong>Service</strong>: choose a shop that tunes in person and answers later.</li></ol>");
        translate(
                ItemKind.ARTICLE,
                "protect-your-battery-in-winter",
                "Looking after your car battery in winter",
                "Cold takes a third off a battery's capacity; a few habits keep your car starting in the morning.",
                "<p>Below freezing a lead-acid battery delivers much less, more so in a car with an amplifier.</p>"
                        + "<ul><li>Switch the amplifier and lights off before the engine.</li>"
                        + "<li>Mostly short trips? Drive 30 minutes or more every two weeks.</li>"
                        + "<li>Battery over three years old? Have it tested free before winter.</li></ul>");
        translate(
                ItemKind.ARTICLE,
                "new-year-holiday-opening-hours",
                "Opening hours over the New Year holiday",
                "We stay open over New Year; please book fitting in advance.",
                "<p>From 1 to 3 January we are open <strong>10:00 – 18:00</strong>. Please call a day ahead for"
                        + " fitting and tuning.</p>");
        translate(
                ItemKind.PAGE,
                "about-us",
                "About us",
                "A Guangzhou workshop for car audio: choosing, fitting and tuning in one place.",
                "<p>We are a car audio workshop in an auto parts market, doing one thing since 2010:"
                        + " <strong>making your car sound better</strong>.</p>"
                        + "<h3>What we do</h3><ul><li>Factory speaker upgrades and sound deadening</li>"
                        + "<li>Amplifiers, subwoofers and DSP</li><li>Tuning measured in your car</li></ul>");
    }

    private void translate(ItemKind kind, String slug, String title, String summary, String body) {
        long id = switch (kind) {
            case PRODUCT ->
                products.list(new ItemFilter(false, null, slug), 1, 1)
                        .getItems()
                        .get(0)
                        .getId();
            case ARTICLE ->
                articles.list(new ItemFilter(false, null, slug), 1, 1)
                        .getItems()
                        .get(0)
                        .getId();
            case PAGE ->
                pages.list(new ItemFilter(false, null, slug), 1, 1)
                        .getItems()
                        .get(0)
                        .getId();
        };
        ItemTranslation english = translations.english(kind, id);
        english.setSlug(slug);
        english.setTitle(title);
        english.setSummary(summary);
        english.setBody(body);
        translations.save(english);
    }

    private void product(
            Category category,
            boolean featured,
            String slug,
            String name,
            String summary,
            String description,
            Motif motif,
            Color tint,
            String... specs) {
        Product product = new Product(category, slug, name);
        product.setSummary(summary);
        product.setBody(description);
        product.setFeatured(featured);
        product.publish(OPENING);
        product.addImage(image("demo/" + slug + ".png", motif, tint), name);
        product.addImage(image("demo/" + slug + "-2.png", motif, tint.darker()), name);
        for (int i = 0; i + 1 < specs.length; i += 2) {
            product.addSpec(specs[i], specs[i + 1]);
        }
        shelf.add(product);
    }

    private void loadNews() {
        Category company = category(english(new Category(ItemKind.ARTICLE, "公司新闻", "company-news", 1), "Shop News"));
        Category industry = category(english(new Category(ItemKind.ARTICLE, "行业资讯", "industry-news", 2), "Know-how"));

        article(
                company,
                "dsp-tuning-service-launched",
                "门店新增 DSP 专业调音服务",
                "调音师上车实测，按您的耳朵和座位把声场调准。",
                "<p>从本月起，门店提供 <strong>DSP 专业调音</strong>服务：调音师用测试话筒在主驾位实测频响，"
                        + "再按您常听的曲风微调。</p><p>整个过程约两小时，调音结果可保存在处理器中随时切换。</p>",
                LocalDateTime.of(2025, 9, 12, 10, 30, 0),
                86);
        article(
                industry,
                "five-things-before-upgrading-car-audio",
                "改装汽车音响前要想清楚的五件事",
                "预算、曲风、是否保留原车主机……动手前先把这几件事想明白。",
                "<h3>动手之前</h3><ol><li><strong>预算怎么分</strong>：喇叭、功放、隔音大致各占三分之一。</li>"
                        + "<li><strong>常听什么</strong>：人声为主和电音为主，选的低音方案完全不同。</li>"
                        + "<li><strong>原车主机</strong>：保留主机就选支持高电平输入的功放或 DSP。</li>"
                        + "<li><strong>供电</strong>：加装大功率功放时检查电瓶和发电机。</li>"
                        + "<li><strong>售后</strong>：选能到店调试、出问题能找得到人的店。</li></ol>",
                LocalDateTime.of(2025, 10, 20, 15, 42, 10),
                214);
        article(
                industry,
                "protect-your-battery-in-winter",
                "天冷了，车上的蓄电池怎么保养？",
                "低温让电瓶容量下降三成，几个小习惯帮您避免早上打不着火。",
                "<p>气温降到零度以下时，铅酸蓄电池的可用容量会明显下降，加装了功放的车更要留意。</p>"
                        + "<p><strong>三个小习惯：</strong></p><ul><li>熄火前先关功放和大灯；</li>"
                        + "<li>短途用车多的，每两周跑一次 30 分钟以上的长途；</li>"
                        + "<li>电瓶使用超过三年，入冬前到店做一次免费检测。</li></ul>",
                LocalDateTime.of(2025, 11, 18, 9, 26, 47),
                327);
        article(
                industry,
                "choosing-a-subwoofer-for-a-compact-car",
                "How to choose a subwoofer for a compact car",
                "Small boot, big bass? A few rules of thumb before you buy.",
                "<p>In a compact car the cabin itself boosts low frequencies, so a <strong>10-inch sealed box</strong> "
                        + "often sounds fuller than a 12-inch ported one.</p><ul><li>Measure the boot first.</li>"
                        + "<li>Match the amplifier's RMS power, not its peak figure.</li>"
                        + "<li>Under-seat subwoofers keep the boot free.</li></ul>",
                LocalDateTime.of(2025, 12, 3, 14, 5, 19),
                41);
        article(
                company,
                "new-year-holiday-opening-hours",
                "元旦假期营业时间安排",
                "元旦期间门店照常营业，安装请提前预约。",
                "<p>1 月 1 日至 1 月 3 日门店营业时间调整为 <strong>10:00 – 18:00</strong>，" + "安装和调音请提前一天电话预约。</p>",
                LocalDateTime.of(2025, 12, 28, 17, 0, 0),
                19);
    }

    private void article(
            Category category,
            String slug,
            String title,
            String summary,
            String body,
            LocalDateTime publishedAt,
            long views) {
        Article article = new Article(category, slug, title);
        article.setSummary(summary);
        article.setBody(body);
        article.setCoverPath(image("demo/news-" + slug + ".png", Motif.NEWS, new Color(0x3182ce)));
        article.publish(publishedAt);
        viewCounts.addViews(ViewedItem.article(articles.save(article).getId()), views);
    }

    private void loadPages() {
        Page about = new Page("about-us", "关于我们");
        about.setSummary("广州一家专做汽车音响改装的门店：选型、安装、调音一站完成。");
        about.setBody("<p>我们是一家开在汽配城里的汽车音响改装店，从 2010 年起只做一件事："
                + "<strong>让车里的声音更好听</strong>。</p>"
                + "<h3>我们做什么</h3><ul><li>原车喇叭升级与隔音</li><li>功放、低音炮与 DSP 加装</li>"
                + "<li>上车实测调音</li></ul>"
                + "<h3>为什么选我们</h3><p>店里有三个独立施工工位和一间试音车位，所有线材走原车线槽，"
                + "不剪原车线。装完不满意，七天内免费重新调音。</p>");
        about.setCoverPath(image("demo/page-about-us.png", Motif.NEWS, new Color(0x2f855a)));
        about.setInMenu(true);
        about.publish(OPENING);
        pages.save(about);
    }

    /** Two banner slides and three friendly links for the home page. */
    private void loadHomeEntries() {
        banner(
                "demo/banner-winter.png",
                new Color(0x1f4e8c),
                "冬季隔音升级 · 到店安装",
                "Winter sound deadening, fitted in our workshop",
                "/products?category=car-accessories");
        banner(
                "demo/banner-a4.png",
                new Color(0x9c4221),
                "A4 四声道功放 新品到店",
                "New in: the A4 four-channel amplifier",
                "/products/a4-class-d-amplifier");
        link("汽车音响改装论坛", "https://car-audio-forum.example/");
        link("广州汽配城", "https://auto-parts-city.example/");
        link("声悦天猫旗舰店", "https://shengyue-audio.example/");
    }

    private void banner(String path, Color tint, String title, String titleEn, String link) {
        Banner banner = new Banner();
        banner.setPicturePath(store(path, DemoImages.banner(tint)));
        banner.setTitle(title);
        banner.setTitleEn(titleEn);
        banner.setLink(link);
        homeEntries.save(banner);
    }

    private void link(String name, String address) {
        FriendlyLink link = new FriendlyLink();
        link.setName(name);
        link.setAddress(address);
        homeEntries.save(link);
    }

    /** Draws a demo picture and its thumbnail into the media store; returns its path. */
    private String image(String path, Motif motif, Color tint) {
        return store(path, DemoImages.draw(motif, tint, 600));
    }

    /** Writes a picture and its thumbnail into the media store; returns its path. */
    private String store(String path, byte[] picture) {
        media.write(path, picture);
        media.write(MediaStore.thumbnailOf(path), ImageUpload.thumbnail(picture, ImageUpload.Format.PNG));
        return path;
    }
}
