-- A small PbootCMS 3.x site, written for Vitrine's tests from PbootCMS's table layout (its columns by name, in the
-- order its SQLite file has them: later columns at the end). Plain SQL that SQLite runs and that reads as a MySQL
-- dump: no backslash escapes, a quote doubled.
CREATE TABLE `ay_model` (`id` INTEGER PRIMARY KEY, `mcode` TEXT, `name` TEXT, `type` TEXT, `urlname` TEXT,
  `listtpl` TEXT, `contenttpl` TEXT, `status` TEXT, `issystem` TEXT);
INSERT INTO `ay_model` VALUES ('1','1','专题','1','pages','','about.html','1','1');
INSERT INTO `ay_model` VALUES ('2','2','新闻','2','news','newslist.html','news.html','1','1');
INSERT INTO `ay_model` VALUES ('3','3','产品','2','products','productlist.html','product.html','1','1');
INSERT INTO `ay_model` VALUES ('4','4','案例','2','cases','caselist.html','case.html','1','1');

CREATE TABLE `ay_content_sort` (`id` INTEGER PRIMARY KEY, `acode` TEXT, `mcode` TEXT, `pcode` TEXT, `scode` TEXT,
  `name` TEXT, `listtpl` TEXT, `contenttpl` TEXT, `status` TEXT, `outlink` TEXT, `subname` TEXT, `ico` TEXT,
  `pic` TEXT, `title` TEXT, `keywords` TEXT, `description` TEXT, `filename` TEXT, `sorting` INTEGER, `def1` TEXT);
INSERT INTO `ay_content_sort` VALUES
  ('1','cn','1','0','1','公司简介','','about.html','1','','','','','','','','aboutus','255',''),
  ('2','cn','2','0','2','新闻中心','newslist.html','news.html','1','','','','','','','','article','255',''),
  ('3','cn','2','2','3','公司动态','newslist.html','news.html','1','','','','','','','','company','255',''),
  ('4','cn','2','2','4','行业动态','newslist.html','news.html','1','','','','','','','','','256',''),
  ('5','cn','3','0','5','产品中心','productlist.html','product.html','1','','','','','','','','product','255',''),
  ('6','cn','3','5','6','车载功放','productlist.html','product.html','1','','','','','','','','amplifiers','255',''),
  ('8','cn','4','0','8','改装案例','caselist.html','case.html','1','','','','','','','','case','255',''),
  ('11','cn','1','0','11','联系我们','','about.html','1','','','','','','','','','255','');

CREATE TABLE `ay_content` (`id` INTEGER PRIMARY KEY, `acode` TEXT, `scode` TEXT, `subscode` TEXT, `title` TEXT,
  `titlecolor` TEXT, `subtitle` TEXT, `filename` TEXT, `author` TEXT, `source` TEXT, `outlink` TEXT, `date` TEXT,
  `ico` TEXT, `pics` TEXT, `content` TEXT, `tags` TEXT, `enclosure` TEXT, `keywords` TEXT, `description` TEXT,
  `sorting` INTEGER, `status` TEXT, `istop` TEXT, `isrecommend` TEXT, `isheadline` TEXT, `visits` INTEGER,
  `likes` INTEGER, `oppose` INTEGER, `create_user` TEXT, `update_user` TEXT, `create_time` TEXT,
  `update_time` TEXT, `gtype` TEXT, `gid` TEXT, `gnote` TEXT, `picstitle` TEXT);
INSERT INTO `ay_content` VALUES ('1','cn','1','','公司简介（旧）','#333333','','','admin','本站','',
  '2019-05-01 10:00:00','','','<p>旧的介绍。</p>','','','','','255','1','0','0','0','12','0','0','admin','admin',
  '2019-05-01 10:00:00','2019-05-01 10:00:00','4','','','');
INSERT INTO `ay_content` VALUES ('12','cn','1','','关于声浪','#333333','','','admin','本站','',
  '2020-06-01 10:00:00','','','&lt;p&gt;我们专做汽车音响改装，十年老店。&lt;/p&gt;','','','','','255','1','0','0','0',
  '40','0','0','admin','admin','2020-06-01 10:00:00','2020-06-01 10:00:00','4','','','');
INSERT INTO `ay_content` VALUES ('15','cn','1','','关于声浪（改到一半）','#333333','','','admin','本站','',
  '2021-01-01 10:00:00','','','<p>还没改完。</p>','','','','','255','0','0','0','0','0','0','0','admin','admin',
  '2021-01-01 10:00:00','2021-01-01 10:00:00','4','','','');
INSERT INTO `ay_content` VALUES ('4','cn','3','','店里新到一批&quot;无损&quot;播放器','#333333','','','admin',
  '本站','','2024-03-12 09:30:00','/static/upload/image/20240312/1710207000123456.png','',
  '&lt;p&gt;欢迎到店试听。&lt;/p&gt;&lt;p&gt;&lt;img src=&quot;/static/upload/image/20240312/1710207000123456.png&quot; alt=&quot;&quot;/&gt;&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
  '无损,播放器','','无损播放器','新到的无损播放器，欢迎试听。','255','1','0','0','0','328','0','0','admin',
  'admin','2024-03-12 09:30:00','2024-03-12 09:30:00','4','','','');
INSERT INTO `ay_content` VALUES ('5','cn','4','','今年的改装新规（草稿）','#333333','','','admin','本站','',
  '2024-04-01 08:00:00','','','<p>还在写。</p>','','','','','255','0','0','0','0','0','0','0','admin','admin',
  '2024-04-01 08:00:00','2024-04-01 08:00:00','4','','','');
INSERT INTO `ay_content` VALUES ('13','cn','4','','冬天听音乐的小窍门','#333333','','winter-tips','admin','本站',
  '','2024-01-15 08:00:00','','','<p>暖车五分钟再开大音量。It''s simple.</p>','','','','','255','1','0','0','0',
  '77','0','0','admin','admin','2024-01-15 08:00:00','2024-01-15 08:00:00','4','','','');
INSERT INTO `ay_content` VALUES ('6','cn','6','','四路功放 A4','#333333','','four-way-amp','admin','本站','',
  '2023-11-20 14:00:00','/static/upload/image/20231120/1700460000111111.png',
  '/static/upload/image/20231120/1700460000111111.png,/static/upload/image/20231120/1700460000222222.png',
  '<p>四路输出，适合升级原车喇叭。</p>','','','','四路功放，原车升级首选。','255','1','0','0','0','57','0','0',
  'admin','admin','2023-11-20 14:00:00','2023-11-20 14:00:00','4','','',',');
INSERT INTO `ay_content` VALUES ('7','cn','8','','帕萨特全车隔音','#333333','','','admin','本站','',
  '2023-09-09 09:00:00','','','<p>四门隔音加低音炮。</p>','','','','','255','1','0','0','0','9','0','0','admin',
  'admin','2023-09-09 09:00:00','2023-09-09 09:00:00','4','','','');
INSERT INTO `ay_content` VALUES ('8','en','3','','New lossless players','#333333','','','admin','','',
  '2024-03-12 09:30:00','','','<p>Come and listen.</p>','','','','','255','1','0','0','0','3','0','0','admin',
  'admin','2024-03-12 09:30:00','2024-03-12 09:30:00','4','','','');
INSERT INTO `ay_content` VALUES ('9','cn','3','','我们的淘宝店','#333333','','','admin','本站',
  'https://shop.example.com/','2024-02-02 09:00:00','','','','','','','','255','1','0','0','0','0','0','0',
  'admin','admin','2024-02-02 09:00:00','2024-02-02 09:00:00','4','','','');
INSERT INTO `ay_content` VALUES ('10','cn','99','','删掉的栏目里的文章','#333333','','','admin','本站','',
  '2022-02-02 09:00:00','','','<p>x</p>','','','','','255','1','0','0','0','0','0','0','admin','admin',
  '2022-02-02 09:00:00','2022-02-02 09:00:00','4','','','');

INSERT INTO `ay_content` VALUES ('14','cn','11','','联系我们','#333333','','','admin','本站','',
  '2019-05-01 10:00:00','','','','','','','','255','1','0','0','0','3','0','0','admin','admin',
  '2019-05-01 10:00:00','2019-05-01 10:00:00','4','','','');

CREATE TABLE `ay_extfield` (`id` INTEGER PRIMARY KEY, `mcode` TEXT, `name` TEXT, `type` TEXT, `value` TEXT,
  `description` TEXT, `sorting` INTEGER);
INSERT INTO `ay_extfield` VALUES ('1','3','ext_price','1','','价格','1'),('2','3','ext_color','4','黑色,银色,红色','颜色','2'),
  ('3','3','ext_note','1','','备注','3');
CREATE TABLE `ay_content_ext` (`extid` INTEGER PRIMARY KEY, `contentid` TEXT, `ext_price` TEXT, `ext_color` TEXT,
  `ext_note` TEXT);
INSERT INTO `ay_content_ext` VALUES ('1','6','1280','黑色,银色','');

CREATE TABLE `ay_site` (`id` INTEGER PRIMARY KEY, `acode` TEXT, `title` TEXT, `subtitle` TEXT, `domain` TEXT,
  `logo` TEXT, `keywords` TEXT, `description` TEXT, `icp` TEXT, `theme` TEXT, `statistical` TEXT, `copyright` TEXT);
INSERT INTO `ay_site` VALUES ('1','cn','声浪汽车音响','','www.shenglang-audio.example',
  '/static/upload/image/20190501/1556676000000001.png','汽车音响','','粤ICP备19000001号','default','','');
CREATE TABLE `ay_company` (`id` INTEGER PRIMARY KEY, `acode` TEXT, `name` TEXT, `address` TEXT, `postcode` TEXT,
  `contact` TEXT, `mobile` TEXT, `phone` TEXT, `fax` TEXT, `email` TEXT, `qq` TEXT, `weixin` TEXT,
  `blicense` TEXT, `other` TEXT);
INSERT INTO `ay_company` VALUES ('1','cn','佛山声浪汽车音响店','佛山市禅城区汽配城 B 区 12 号','528000','陈师傅',
  '13800138000','0757-8888 6666','暂无','shop@shenglang-audio.example','12345','','','');
CREATE TABLE `ay_slide` (`id` INTEGER PRIMARY KEY, `acode` TEXT, `gid` TEXT, `pic` TEXT, `link` TEXT,
  `title` TEXT, `subtitle` TEXT, `sorting` INTEGER);
INSERT INTO `ay_slide` VALUES ('1','cn','1','/static/upload/image/20240101/1704067200000001.png','','','','255');
CREATE TABLE `ay_message` (`id` INTEGER PRIMARY KEY, `acode` TEXT, `contacts` TEXT, `mobile` TEXT, `content` TEXT,
  `user_ip` TEXT, `user_os` TEXT, `user_bs` TEXT, `recontent` TEXT, `status` TEXT, `create_user` TEXT,
  `update_user` TEXT, `create_time` TEXT, `update_time` TEXT, `uid` TEXT);
INSERT INTO `ay_message` VALUES ('1','cn','李女士','13900139000','请问周末营业吗？','2130706433','Windows','Chrome',
  '周末照常营业。','1','guest','admin','2024-02-03 15:20:00','2024-02-03 16:00:00','');
