"""The reference list's source pages: URL -> (id, publisher, title, published, copy_of, notes).

Published dates come from the page's URL where it carries one; otherwise they are open-ended up to
the list's compilation (2025). Pages that copy an official page hosted elsewhere say so in copy_of.
"""

UNDATED = "../2025"

PAGES = {
    "http://wb.beijing.gov.cn/en/express/202008/t20200801_1968693.html":
        ("beijing-fao-2020-08-01", "Beijing Municipal Foreign Affairs Office", "Beijing FAO express news", "2020-08-01", "", ""),
    "https://wb.beijing.gov.cn/home/ztzl/pyq/201912/t20191220_1354743.html":
        ("beijing-fao-2019-12-20", "Beijing Municipal Foreign Affairs Office", "Beijing's circle of friends (special topic)", "2019-12-20", "", ""),
    "https://www2.apdnews.cn/en/item/19/0315/axaanjfk58a43a5938e8fe.html":
        ("apd-news-2019-03-15", "APD News", "Xinhua backgrounder on Beijing's sister cities", "2019-03-15", "", "Repeats a Xinhua backgrounder."),
    "http://louboutinpumpss.blogspot.com/2010/11/belgrade-marks-30-years-of-sister.html (copy of Xinhua 2010-11-23)":
        ("blog-copy-xinhua-2010-11-23", "Xinhua (copied on a blog)", "Belgrade marks 30 years of sister-city ties with Beijing", "2010-11-23", "Xinhua, 2010-11-23", "A blog copy of a Xinhua story; lower confidence than the original."),
    "https://www.tip.rs/c/beograd/vesti/1263071/sapic-cen-gradonacelnik-beograda-primio-oprostajnu-posetu-ambasadorku-kine":
        ("tip-rs-belgrade", "Tip.rs", "Belgrade's mayor receives the Chinese ambassador's farewell visit", UNDATED, "", "Belgrade's side calls the 1980 tie a cooperation agreement."),
    "https://wb.beijing.gov.cn/en/sister_cities/sister_cities_of_beijing/latest_news/202501/t20250115_3989740.html":
        ("beijing-fao-2025-01-15", "Beijing Municipal Foreign Affairs Office", "Beijing and Lima (latest news)", "2025-01-15", "", ""),
    "https://www.washingtonexaminer.com/news/2083911/gray-renews-d-c-partnership-with-beijing":
        ("washington-examiner-gray", "Washington Examiner", "Gray renews D.C. partnership with Beijing", UNDATED, "", ""),
    "http://web2.edicioneselpais.net/diario/2005/01/18/madrid/1106051068_850215.html":
        ("el-pais-2005-01-18", "El País", "Madrid region twinning with Beijing", "2005-01-18", "", ""),
    "http://www.mike-usenia.com/home/ztzl/pyq/202412/t20241223_3971069.html":
        ("copy-beijing-fao-2024-12-23", "Beijing Municipal Foreign Affairs Office (copied)", "Beijing and Rio de Janeiro", "2024-12-23", "wb.beijing.gov.cn ztzl/pyq article", "Hosted on a copy domain; lower confidence."),
    "http://longtansi.com.cn/news/29267.html":
        ("copy-xinhua-2017-cologne", "Xinhua (copied)", "Beijing and Cologne mark 30 years", "2017", "Xinhua, 2017", "A copy of a Xinhua story; lower confidence."),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc1/202005/t20200513_1896815.html":
        ("beijing-gov-ankara", "Beijing Municipal Government", "Sister city profile: Ankara", "2020-05-13", "", ""),
    "https://www.lxbaoku.com/128146":
        ("copy-capital-window-cairo", "Capital Window 首都之窗 (copied)", "Beijing and Cairo", UNDATED, "Capital Window WeChat post", "Not the original host."),
    "http://m.nakedoat.com/gzdt/2013-10/25/content_2514806.htm":
        ("copy-gov-cn-2013-10-25", "gov.cn (copied)", "20 years of Beijing-Bangkok sister-city ties", "2013-10-25", "gov.cn story, 2013-10-25", "A copy; the year 1993 is worked back from '20 years'."),
    "http://german.beijing.gov.cn/beijinginfo/sistercities/relatednews/202306/t20230616_3136485.html":
        ("beijing-gov-2023-06-16", "Beijing Municipal Government", "30 years of Beijing and Buenos Aires", "2023-06-16", "", "The year 1993 is worked back from the 30th anniversary."),
    "https://www.hankyung.com/article/1993102101631":
        ("hankyung-1993-10-21", "Hankyung (Korea Economic Daily)", "Seoul and Beijing to sign sister-city ties on the 23rd", "1993-10-21", "", "An advance notice of the signing, not a report of it."),
    "https://www.berlin.de/rbmskzl/politik/internationales/staedtepartnerschaften/peking/artikel.9959.php":
        ("berlin-de-peking", "Berlin Senate Chancellery", "Städtepartnerschaft Peking", UNDATED, "", ""),
    "https://international.brussels/2014/06/een-vooraanstaande-delegatie-uit-peking-bezoekt-brussel/?lang=nl":
        ("brussels-2014-06", "Brussels-Capital Region", "A delegation from Beijing visits Brussels", "2014-06", "", ""),
    "http://international.brussels/2019/10/25-ans-de-cooperation-entre-la-region-de-bruxelles-capitale-et-pekin/":
        ("brussels-2019-10", "Brussels-Capital Region", "25 years of cooperation between the Brussels-Capital Region and Beijing", "2019-10", "", ""),
    "https://russian.beijing.gov.cn/beijinginfo/sistercities/relatednews/202411/t20241126_3950102.html":
        ("beijing-gov-2024-11-26", "Beijing Municipal Government", "Beijing and Hanoi", "2024-11-26", "", ""),
    "https://tass.com/economy/1232097":
        ("tass-2020", "TASS", "Moscow and Beijing agreement of 1995", "2020", "", ""),
    "http://china.org.cn/archive/2004-10/27/content_1110416.htm":
        ("china-org-2004-10-27", "China.org.cn (Xinhua)", "Moscow and Beijing sister cities since May 1995", "2004-10-27", "", ""),
    "http://www.comune.roma.it/pcr/it/newsview.page?contentId=NEW572200":
        ("roma-capitale-news", "Roma Capitale", "Patto di Amicizia Roma-Pechino", UNDATED, "", "Rome calls it a friendship pact (1998), with later protocols in 2000, 2005 and 2007."),
    "https://www.agi.it/estero/agichina/alemanno_roma_incontra_pechino_-3253294/news/2010-10-11/":
        ("agi-2010-10-11", "AGI", "Alemanno: Rome meets Beijing", "2010-10-11", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc3/202005/t20200513_1896961.html":
        ("beijing-gov-gauteng", "Beijing Municipal Government", "Sister city profile: Gauteng", "2020-05-13", "", ""),
    "http://china.org.cn/world/Off_the_Wire/2017-10/06/content_41692874.htm":
        ("china-org-2017-10-06", "China.org.cn (Xinhua)", "Ottawa and Beijing", "2017-10-06", "", ""),
    "https://covid-19.chinadaily.com.cn/usa/world/2016-09/27/content_26918730.htm":
        ("china-daily-2016-09-27", "China Daily", "Ottawa and Beijing", "2016-09-27", "", ""),
    "https://www.cmtedd.act.gov.au/communication/cir/beijing_china":
        ("act-government-beijing", "ACT Government", "Canberra's sister city: Beijing", UNDATED, "", ""),
    "http://sports.inquirer.net/breakingnews/breakingnews/view/20080807-153276/Manila-mayor-flies-to-sister-city-for-Beijing-Olympics":
        ("inquirer-2008-08-07", "Philippine Daily Inquirer", "Manila mayor flies to sister city for Beijing Olympics", "2008-08-07", "", ""),
    "http://china.org.cn/english/international/148682.htm":
        ("china-org-manila", "China.org.cn (Xinhua)", "Beijing and Manila sign agreement on friendly relations", "2003/2007", "", "Undated; Mayor Wang Qishan (in office 2003-2007) signs it, which dates it to 2003-2007."),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc2/202005/t20200513_1896911.html":
        ("beijing-gov-athens", "Beijing Municipal Government", "Sister city profile: Athens", "2020-05-13", "", ""),
    "http://www.chinadaily.com.cn/bizchina/2006-04/11/content_565439.htm":
        ("china-daily-2006-04-11", "China Daily", "Beijing and London sign agreement", "2006-04-11", "", ""),
    "http://news.sina.com.cn/o/2006-04-11/04468662492s.shtml":
        ("sina-2006-04-11", "Sina News", "Beijing and London", "2006-04-11", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc3/202005/t20200513_1896965.html":
        ("beijing-gov-addis-ababa", "Beijing Municipal Government", "Sister city profile: Addis Ababa", "2020-05-13", "", ""),
    "http://wellington.govt.nz/about-wellington/international-relations/sister-cities/beijing":
        ("wellington-city-council", "Wellington City Council", "Sister cities: Beijing", UNDATED, "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc1/202005/t20200513_1896836.html":
        ("beijing-gov-astana", "Beijing Municipal Government", "Sister city profile: Astana", "2020-05-13", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc1/202005/t20200513_1896844.html":
        ("beijing-gov-doha", "Beijing Municipal Government", "Sister city profile: Doha", "2020-05-13", "", ""),
    "https://top-channel.tv/english/10-years-since-the-tirana-beijing-town-twinning-agreement/":
        ("top-channel-2018", "Top Channel", "10 years since the Tirana-Beijing town twinning agreement", "2018", "", ""),
    "http://rti.rtsh.al/2018/02/07/10-jahre-stadtepartnerschaft-zwischen-tirana-und-peking/":
        ("rtsh-2018-02-07", "RTSH", "10 Jahre Städtepartnerschaft zwischen Tirana und Peking", "2018-02-07", "", ""),
    "http://www.wudaokou.com/article/Beijing_Mexico_City_become_sister_cities":
        ("wudaokou-2009-10-21", "Wudaokou (blog citing Xinhua)", "Beijing, Mexico City become sister cities", "2009-10-21", "Xinhua", "The day is worked out from 'this Monday'."),
    "https://m.gmw.cn/2021-03/04/content_34750284.htm":
        ("gmw-2021-03-04", "Guangming Online (copy of Beijing FAO text)", "Beijing and Dublin", "2021-03-04", "Beijing FAO text", ""),
    "https://www.irishtimes.com/news/dublin-officially-twinned-with-beijing-1.586352":
        ("irish-times-2011", "The Irish Times", "Dublin officially twinned with Beijing", "2011", "", ""),
    "http://en.people.cn/90777/7594128.html":
        ("people-daily-2011-09-13", "People's Daily Online (Xinhua)", "NSW Premier on Beijing and Sydney", "2011-09-13", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc4/202005/t20200513_1896975.html":
        ("beijing-gov-new-south-wales", "Beijing Municipal Government", "Sister city profile: New South Wales", "2020-05-13", "", "Its date was not visible."),
    "http://www.hungarianambiance.com/2012/06/sister-city-agreement-was-signed.html":
        ("hungarian-ambiance-2012-06-28", "Hungarian Ambiance (blog)", "Sister city agreement was signed", "2012-06-28", "", "The day is worked out from 'Monday'."),
    "http://en.people.cn/90883/7962331.html":
        ("people-daily-2012-06", "People's Daily Online", "Beijing and Copenhagen", "2012-06", "", ""),
    "https://www.copcap.com/newslist/2012/beijing-and-cph-signs-ambitious-partnership":
        ("copcap-2012", "Copenhagen Capacity", "Beijing and CPH sign ambitious partnership", "2012", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc1/202005/t20200513_1896847.html":
        ("beijing-gov-delhi", "Beijing Municipal Government", "Sister city profile: Delhi", "2020-05-13", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc1/202005/t20200513_1896851.html":
        ("beijing-gov-tehran", "Beijing Municipal Government", "Sister city profile: Tehran", "2020-05-13", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc1/202005/t20200513_1896854.html":
        ("beijing-gov-ulaanbaatar", "Beijing Municipal Government", "Sister city profile: Ulaanbaatar", "2020-05-13", "", ""),
    "https://gopher.miga.me.uk/?url=gopher%3A%2F%2Fgopher.floodgap.com%3A70%2F0%2Ffeeds%2Fvoaheadlines%2F2016%2FMar%2F29%2Fvoanews.com-content-china-czech-republic-3259449.html":
        ("voa-2016-03-29", "VOA (AP), through a gopher proxy", "China, Czech Republic", "2016-03-29", "voanews.com, 2016-03-29", "Read through a gopher proxy of VOA headlines."),
    "https://kopyl.gov.by/en/news/republik/item/14296-minsk-beijing-sign-twinning-agreement-10079.html":
        ("kopyl-belta-minsk", "BelTA (copied by kopyl.gov.by)", "Minsk, Beijing sign twinning agreement", UNDATED, "BelTA", "Undated; refers to Xi's visit 'last year' (2015)."),
    "https://www.belnovosti.by/politics/36629-minsk-i-pekin-stanut-gorodami-pobratimami.html":
        ("belnovosti-2015-05", "Belnovosti", "Minsk and Beijing will become twin cities", "2015-05", "", "Says the agreement was still to come."),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc2/202005/t20200513_1896945.html":
        ("beijing-gov-riga", "Beijing Municipal Government", "Sister city profile: Riga", "2020-05-13", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc1/202005/t20200513_1896861.html":
        ("beijing-gov-phnom-penh", "Beijing Municipal Government", "Sister city profile: Phnom Penh", "2020-05-13", "", ""),
    "https://encycloreader.org/r/wikipedia.php?q=List_of_twin_towns_and_sister_cities_in_China (Beijing section)":
        ("wikipedia-copy-twin-towns-china", "Wikipedia (copied by encycloreader.org)", "List of twin towns and sister cities in China", UNDATED, "Wikipedia", "A copy of a Wikipedia list."),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc1/202005/t20200513_1896818.html":
        ("beijing-gov-jakarta", "Beijing Municipal Government", "Sister city profile: Jakarta", "2020-05-13", "", "Its date was cut from the search excerpt."),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc2/202005/t20200513_1896882.html":
        ("beijing-gov-kyiv", "Beijing Municipal Government", "Sister city profile: Kyiv", "2020-05-13", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc2/202005/t20200513_1896893.html":
        ("beijing-gov-amsterdam", "Beijing Municipal Government", "Sister city profile: Amsterdam", "2020-05-13", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc2/202005/t20200513_1896874.html":
        ("beijing-gov-ile-de-france", "Beijing Municipal Government", "Sister city profile: Île-de-France", "2020-05-13", "", ""),
    "https://www.iledefrance.fr/les-2-accords-de-cooperation-de-la-region-ile-de-france-avec-la-municipalite-de-pekin-et-la":
        ("iledefrance-accords", "Région Île-de-France", "Les 2 accords de coopération de la Région Île-de-France avec la municipalité de Pékin", UNDATED, "", ""),
    "http://english.china.org.cn/international/cultural_sidelines/2007-04/12/content_1206919.htm":
        ("china-org-2007-04-12", "China.org.cn (Xinhua)", "Beijing's sister cities", "2007-04-12", "", ""),
    "http://www.xebersaati.com/news/216286-beijing-science-park-opens-tel-aviv-liaison-office/":
        ("copy-globes-2018-tel-aviv", "Globes (copied)", "Beijing science park opens Tel Aviv liaison office", "2018", "Globes", "A copy of a Globes-based story; lower confidence."),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc5/202011/t20201103_2128081.html":
        ("beijing-gov-havana", "Beijing Municipal Government", "Sister city profile: Havana", "2020-11-03", "", ""),
    "https://english.beijing.gov.cn/beijinginfo/sistercities/sc1/202005/t20200513_1896858.html":
        ("beijing-gov-vientiane", "Beijing Municipal Government", "Sister city profile: Vientiane", "2020-05-13", "", "Its date was cut from the excerpt."),
}

# Pages that are one of the five documents: their attestations use the document's own source record.
DOCUMENTS = {
    "http://en.people.cn/english/200009/19/print20000919_50859.html": "people-daily-2000-09-19",
    "http://aolaikelin.cn/kindle/2016-09/03/content_26686516.htm": "china-daily-2016-09-03",
}

# Sources named only in a row's note.
NOTE_SOURCES = [
    ("ottawa-citizen-2021", "Ottawa Citizen", "Op-ed on Ottawa's twinning with Beijing", "2021", "", "Named in the reference list's note for Ottawa; URL not recorded."),
    ("china-org-fr-2018", "french.china.org.cn", "30th anniversary of Île-de-France and Beijing", "2018", "", "Named in the reference list's note; 2018 as the 30th anniversary means 1988."),
]
