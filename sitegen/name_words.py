"""The word tables that tell a person's name from a role, an organisation, a place or an
event in Indonesian news text. Extend these tables, not the rules in `speakers`."""

from babel import Locale

# Police and military ranks, written out or short: a name follows them ('Brigjen Suntana', 'AKBP Budiyanto', 'Serda
# Alpredo'), and the grades of a navy's and an air force's ('Laksamana Madya Widodo', 'Marsekal Pertama …').
RANKS = frozenset(
    """
    inspektur brigadir komisaris ajun ipda iptu aiptu aipda akp akbp kompol kombes komjen bripda briptu bripka brigpol
    bharada bharatu bharaka irjen brigjen mayjen letjen marsekal laksamana kolonel letkol mayor kapten madya muda
    pertama letnan sersan kopral letda lettu pelda peltu serda sertu serka serma kopda koptu kopka prada pratu praka
    laksma laksda laksdya marsma marsda marsdya
""".split()
)
# Words that go on a rank written out, before the name: 'Inspektur Polisi Satu Pujianto', 'Letnan Dua …', 'Kolonel
# Laut …'; and the army's corps after one: 'Kolonel Inf Kristomei Sianturi', 'Kapten Arh …'.
RANK_GRADES = frozenset(
    "polisi satu dua laut udara inf kav arh arm czi cpm chb ckm caj chk cku ctp cpl cba cpn pnb".split()
)
ROLE_WORDS = RANKS | frozenset(
    """
    menteri menlu presiden wakil ketua umum direktur dirut utama eksekutif gubernur bupati wali kota walikota
    kepala juru bicara jubir kapolri kapolda kapolres kapolsek kasat sekretaris jenderal sekjen
    anggota komisi pengamat ekonom astronom pakar dosen guru besar rektor dekan camat lurah asisten
    kapten pelatih manajer pemain ceo cto cfo coo founder co-founder pendiri panglima kasad jaksa
    agung hakim duta dubes raja ratu paus pangeran perdana pm senator staf khusus deputi kabid kasubdit kadiv
    humas kabag kepolisian kardinal uskup
    presdir komisaris analis peneliti profesor juri vokalis penyanyi aktor aktris
    luar negeri pertahanan keuangan officer
    minister president secretary spokesman spokeswoman chairman director manager
    plt plh ketum wapres wakapolri kabareskrim kapuspen kadispen kasubbag kasal kasau
    koroner sutradara produser pebalap atlet striker bek kiper gelandang winger gitaris komisioner
    pol tni purn penyerang pengacara head vp chief sesmenpora seskab sestama grand master grandmaster
    komika komedian musisi desainer politikus politisi aktivis pengusaha artis presenter jurnalis
    wartawan fotografer psikolog dokter ilmuwan astronaut petinju pegolf pebulutangkis pesepakbola
    seniman pelukis perupa sastrawan budayawan legenda ahli pemerhati praktisi sejarawan sosiolog antropolog
    epidemiolog kriminolog jampidsus jampidum jamintel jamdatun jamwas jambin dermatolog virolog ekolog teolog geolog
    arkeolog biolog kardiolog neurolog onkolog ginekolog radiolog vulkanolog apoteker konsultan spesialis pegiat
    kadis kadishub kajari kajati kakanwil kabiro kanit kades sekda wagub wabup wawali pangdam kasdam kapendam
    dandim danrem danramil wakapolda wakapolres dirlantas dirreskrimum dirreskrimsus dirnarkoba
    koordinator bendahara komandan penasihat panitera bos kanselir pemimpin
    selebgram youtuber vlogger blogger influencer selebritas selebriti penulis novelis penyair sineas koreografer
    penari dalang rapper drummer bassis pianis pedangdut biduan kreator arsitek chef koki ulama pendeta biksu
    perenang pesepeda pelari pecatur petenis pegulat pebasket pevoli pesilat karateka judoka
    pelawak pebisnis advokat notaris editor komentator penyiar
    komposer komponis promotor lifter pesenam pebulu pejudo pembalap pendayung pemanah penembak wasit
""".split()
)
# Role abbreviations and epithets a reporter uses alone for a person introduced with the full title
# ('kata Mendagri' for 'Menteri Dalam Negeri Tjahjo Kumolo'), those of the 2024 cabinet among them. Extend as needed.
ROLE_ABBREVIATIONS = {
    "mendagri": "menteri dalam negeri",
    "menlu": "menteri luar negeri",
    "menkeu": "menteri keuangan",
    "menhan": "menteri pertahanan",
    "menkes": "menteri kesehatan",
    "menag": "menteri agama",
    "menpora": "menteri pemuda dan olahraga",
    "menpar": "menteri pariwisata",
    "menkominfo": "menteri komunikasi dan informatika",
    "mendikbud": "menteri pendidikan dan kebudayaan",
    "mendikdasmen": "menteri pendidikan dasar dan menengah",
    "mendiktisaintek": "menteri pendidikan tinggi, sains, dan teknologi",
    "mendikti": "menteri pendidikan tinggi",
    "mentan": "menteri pertanian",
    "mendes": "menteri desa",
    "mentrans": "menteri transmigrasi",
    "mensesneg": "menteri sekretaris negara",
    "menekraf": "menteri ekonomi kreatif",
    "menimipas": "menteri imigrasi dan pemasyarakatan",
    "menbud": "menteri kebudayaan",
    "menkomdigi": "menteri komunikasi dan digital",
    "menaker": "menteri ketenagakerjaan",
    "mensos": "menteri sosial",
    "menhub": "menteri perhubungan",
    "mendag": "menteri perdagangan",
    "menperin": "menteri perindustrian",
    "menkumham": "menteri hukum dan ham",
    "menko": "menteri koordinator",
    "kapolri": "kepala kepolisian",
    "kapolda": "kepala kepolisian daerah",
    "wapres": "wakil presiden",
    "jubir": "juru bicara",
    "dirut": "direktur utama",
    "dirjen": "direktur jenderal",
    "sekjen": "sekretaris jenderal",
    "ketum": "ketua umum",
    "kepala negara": "presiden",  # 'lanjut Kepala Negara' after 'Presiden Joko Widodo'
}
ROLE_WORDS = ROLE_WORDS | frozenset(short for short in ROLE_ABBREVIATIONS if " " not in short)
# Role words that are also given names ('Raja Parlindungan Pane', 'Lukman Hakim'): used alone for someone ('kata
# Raja'), or after a given name, they are part of a name. Any other role word used alone ('kata Presiden') stays a role.
GIVEN_NAMES = frozenset("raja ratu pangeran agung hakim perdana duta".split())
# The countries of the world as Indonesian names them, from the Unicode CLDR ('Kanada', 'Meksiko', 'Selandia Baru'):
# between an office and a name ('Perdana Menteri Kanada Justin Trudeau') a country is the office's. The one-word names
# from Babel's data, but those that are given names too; of the names of two words, those that are no one's.
_TERRITORIES = [name.lower() for code, name in Locale("id").territories.items() if len(code) == 2 and code.isalpha()]
COUNTRIES = frozenset(name for name in _TERRITORIES if " " not in name and name not in {"chad", "georgia"}) | frozenset(
    """
    afrika amerika arab saudi selandia baru korea lanka timor leste nugini emirat bosnia herzegovina burkina kongo
    makedonia kosta rika myanmar cina china hongkong skotlandia asia pasifik oseania
""".split()
)
# The names of states, whole ('Amerika Serikat', 'Korea Utara'), as CLDR gives them, and as news writes them short.
STATES = frozenset(_TERRITORIES) | frozenset("as china cina rrc korut korsel".split())
# Words that name a place or an organisation, never a person.
ORG_WORDS = COUNTRIES | frozenset(
    """
    barat timur tengah utara selatan jawa sumatera kalimantan sulawesi papua bali bandung
    surabaya semarang medan makassar yogyakarta malang bogor depok bekasi tangerang jakarta
    amerika serikat rusia ukraina indonesia china tiongkok jepang inggris prancis jerman eropa
    uni soviet korea india arab saudi iran israel palestina irlandia malaysia singapura thailand
    vietnam filipina australia
    media works group grup games gaming studio studios labs digital capital finance bank motor production productions
    entertainment records pictures films communications consulting solutions technologies ventures partners services
    futures sekuritas securities asset management investment investama investindo insurance asuransi research
    motors airlines international global holdings foundation institute university universitas academy akademi
    watch center centre council network forum society association alliance union coalition initiative agency
    commission fund racing team
    tbk persero pt cv kabupaten kota provinsi kecamatan desa kelurahan stasiun gedung jalan pasar
    kejaksaan kementerian pengadilan dinas badan lembaga partai perusahaan klub dewan majelis mahkamah senat parlemen
    corporation corp inc ltd company sekretariat komite kelompok komunitas yayasan asosiasi brigade
    danau gunung pulau sungai selat teluk pantai kampus sirkuit stadion bandara pelabuhan
    jabar jateng jatim diy sumut sumbar sumsel sulsel sulut kalbar kaltim kalsel ntt ntb dki korut korsel rrt
    aceh riau kepri jambi bengkulu lampung babel banten gorontalo maluku malut sulteng sultra sulbar kalteng kaltara
    pekanbaru palembang pontianak banjarmasin samarinda balikpapan manado kendari mataram kupang denpasar jayapura
    surakarta cirebon tasikmalaya sukabumi karawang purwakarta cianjur sleman bantul magelang banyumas purwokerto
    jember banyuwangi sidoarjo gresik mojokerto kediri batam
    divisi bidang direktorat biro departemen suku adat keraton kraton kesultanan
""".split()
)
# Football clubs that sports news puts between a role and a name ('legenda Arsenal Ian Wright', 'Pelatih Persib
# Djadjang Nurdjaman'), often naming them only there: a club, never part of the name. Only names that are no one's;
# with the words that complete a club's name ('Manchester United', 'Real Madrid', 'Arema FC'), for the same reason.
CLUBS = frozenset(
    """
    arsenal chelsea liverpool tottenham everton barcelona juventus bayern dortmund psg napoli ajax benfica
    persib persija arema persebaya persipura
    manchester leicester newcastle southampton madrid atletico muenchen munchen sevilla lazio monaco lyon marseille
    porto celtic leipzig schalke wolfsburg leverkusen galatasaray united city hotspur athletic fc inter ac real
""".split()
)
# Parties and mass organisations that news puts between a role and a name ('Sekjen Gerindra Ahmad Muzani', 'Ketua
# Umum PP Muhammadiyah Haedar Nashir'), their names in words rather than initials: never part of the name.
PARTIES = frozenset(
    "golkar gerindra nasdem demokrat hanura perindo berkarya muhammadiyah aisyiyah nahdlatul ansor banser".split()
)
# Companies that news puts between a role and a name ('CEO Gojek Nadiem Makarim', 'Bos Facebook Mark Zuckerberg'),
# often naming them only there: before a name, the company's, never part of the name; alone, the company speaking
# ('Samsung juga akan …'). Only names that are no one's.
BRANDS = frozenset(
    """
    facebook google apple microsoft amazon twitter instagram whatsapp youtube netflix spacex uber alibaba tencent
    huawei xiaomi samsung oppo toyota yamaha nissan hyundai gojek grab tokopedia bukalapak traveloka shopee lazada
    blibli telkomsel indosat pertamina pln garuda airasia unilever nestle danone indofood sampoerna djarum adaro
    freeport inalum antam honda suzuki ducati kawasaki ferrari mercedes renault mclaren tesla sony nokia
    lenovo asus intel realme vivo disney nike adidas starbucks
""".split()
)
# Nouns that a place's name follows ('Kecamatan Cipondoh', 'Polsek Cipondoh'): a word the article uses after one
# is a place, also where it follows a role ('Kapolsek Cipondoh'); and 'kawasan Malioboro', 'wilayah Bekasi'.
PLACE_NOUNS = frozenset(
    """
    kecamatan kelurahan desa kabupaten kota provinsi polsek polres polresta polda kampung dusun kawasan wilayah
    gunung pulau danau
""".split()
)
# Offices over a region, which the region's name follows before the holder's ('Bupati Klaten Sri Hartini'), as it
# follows 'Wali Kota'.
REGION_HEADS = frozenset(
    """
    bupati wabup walikota wawali gubernur wagub camat lurah kades kapolres kapolresta kapolrestabes kapolda kapolsek
    wakapolres wakapolda kajari kajati dandim danrem pangdam
""".split()
)
# Words that begin the name of an event or an election: never a speaker ('Festival Danau Toba').
EVENT_WORDS = frozenset(
    """
    festival pilkada pilpres pileg pemilu pemilihan piala liga kejuaraan turnamen olimpiade serie premier bundesliga
    konferensi kongres munas rakernas pekan expo pameran seminar konser upacara sidang rapat
""".split()
)
# Words for a rite or a celebration, before its name in lower case: 'upacara Grebeg Maulud', 'tradisi Bakar Batu'.
CEREMONIES = frozenset("upacara tradisi ritual perayaan kirab".split())
# The fields a ministry covers, named between a minister's office and their name ('Menko Polhukam Wiranto', 'Menteri
# Pertanian Amran Sulaiman'): never a person's name, even before someone known by one name.
PORTFOLIOS = frozenset(
    """
    polhukam perekonomian pmk kemaritiman maritim marves perdagangan pertanian perhubungan kesehatan pendidikan
    kebudayaan agama sosial kelautan perikanan pariwisata perindustrian ketenagakerjaan informatika komunikasi
    olahraga lingkungan kehutanan energi mineral esdm bumn pupr perumahan agraria atr bappenas perencanaan
    koperasi ukm pdtt sesneg setneg kominfo ristekdikti ristek dikti kabinet negara rakyat pendayagunaan aparatur
    reformasi birokrasi transmigrasi tertinggal pemuda riset teknologi tinggi investasi hukum ham pertanahan ruang
    pemberdayaan perempuan perlindungan anak ekonomi kreatif sumber daya manusia pembangunan nasional hidup
""".split()
)
ORG_WORDS = ORG_WORDS | EVENT_WORDS | CLUBS | PARTIES | PORTFOLIOS
# Words a company's name ends on: 'Big Hit Entertainment', 'Sony Music', 'HYBE Corporation', 'Lippo Group'.
COMPANY_ENDS = frozenset(
    """
    entertainment records music pictures films studios corporation corp inc ltd llc group holdings productions
    airlines airways motors company
""".split()
)
# Words that open a body's name and are followed by the rest of it, at least one word ('Bank Mandiri', 'Partai
# Gerindra', 'PT Freeport', 'Universitas Trisakti', 'Inter Milan', 'Gedung Putih'): before a full name, the word after
# them is the body's.
BODY_HEADS = frozenset(
    """
    bank partai pt cv perum perumda fraksi klub perusahaan yayasan grup universitas institut politeknik gedung istana
    inter ac real atletico
""".split()
)
# Words that open a body's name of one word more ('Partai Gerindra', 'Fraksi Golkar'): the name after it is whole.
ONE_WORD_HEADS = frozenset({"partai", "fraksi", "klub"})
# Words before the name of a place or an institution named after someone ('Universitas Gadjah Mada',
# 'Bandara Soekarno Hatta'): that name is not the person's.
NAMED_AFTER = frozenset(
    "universitas university institut institute stasiun gedung jalan jl kampus sirkuit stadion bandara pelabuhan"
    " masjid sakit rs sekolah sma smp sd yayasan museum".split()
)
# Given names that open a fuller name but are seldom the one a person goes by: Arabic ones ('Siti Nadia Tarmizi',
# then 'kata Nadia'), baptismal ones ('Maria Kristi Endah Murni', then 'kata Kristi'), titles of birth ('Andi',
# 'Teuku') and names of birth order ('Dwi Andreas Santosa', then 'kata Andreas'; 'Tri Rismaharini'). Before the word
# the article calls someone by, they are the name's, not a body's ('Formappi Lucius Karus').
FORMAL_GIVEN_NAMES = frozenset(
    """
    eka dwi tri catur panca
    muhammad mohammad mohamad muhamad mochammad mochamad mohamed mohammed muhammed moch moh mohd muh ahmad achmad
    akhmad ahmed siti sitti nur nurul abdul abd andi sri raden rr teuku tengku cut lalu baiq gusti anak agung
    tjokorda cokorda maria yohanes johanes fransiskus fransiscus antonius theresia petrus paulus stefanus stephanus
    yosef yoseph yosephus ignatius agustinus aloysius benediktus bernardus dominikus gregorius kristoforus laurentius
    markus matius thomas
""".split()
)
TITLES = frozenset("dr drs dra drg prof ir h hj kh mr mrs ms sir st tbk pt".split())
# The titles a person bears ("drg.", "Dr."); "Tbk." and "PT." are a company's.
PERSON_TITLES = TITLES - {"tbk", "pt"}
# Nouns for one person that a description opens with ('pria asal Purworejo', 'Pria yang tahun lalu juara …').
PERSON_NOUNS = frozenset("pria wanita perempuan lelaki laki-laki pemuda gadis bocah sosok".split())
# Nouns that describe someone a report names by one name only: 'Rina, pedagang sayur di Pasar Minggu, mengaku …'.
DESCRIBED_AS = frozenset(
    """
    ibu bapak nenek kakek pedagang penjual pembeli petani nelayan buruh karyawan karyawati pegawai pekerja sopir
    pengemudi tukang siswa siswi pelajar santri korban saksi pengunjung penumpang pemilik penduduk tetangga relawan
    pensiunan penghuni pasien perawat bidan kurir ojek pengrajin perajin peternak pemulung wisatawan turis
    pengelola petugas pengurus penjaga satpam nasabah konsumen pelanggan panitia
    istri suami anak putra putri ayah adik kakak paman bibi cucu kerabat teman rekan sahabat kekasih pacar
""".split()
)
# Nouns for a crowd, whose words (a chant, a cry) are those of people nobody names: 'penonton … pun berteriak "…"'.
CROWD_NOUNS = frozenset(
    "penonton warga massa suporter pendukung peserta demonstran pengunjuk mahasiswa jemaah penggemar hadirin".split()
)
# Words for someone's kin ('istri Atim', 'Adiknya menimpali'): `sitegen.kin` reads them before a name, and with -nya
# they are someone the word does not name.
KIN_NOUNS = (
    *"""istri suami anak putra putri ayah ayahanda ibu ibunda bapak adik kakak kekasih pacar cucu kakek nenek keponakan
    menantu mertua paman bibi""".split(),
    "orang tua",
)
NOT_NAMES = (
    frozenset(
        """
    ia dia beliau mereka kami kita saya anda senin selasa rabu kamis jumat sabtu minggu
    januari februari maret april mei juni juli agustus september oktober november desember
    mantan seorang sang para pihak akun sumber warga menurut sementara namun selain dalam
    sebelumnya kemudian lalu selanjutnya jadi ketika saat meski meskipun tapi tetapi bahkan dirinya pihaknya hal
    bukan tidak tak nama
""".split()
    )
    | frozenset(  # ordinals and the collectives made from them: 'Ketiga menteri luar negeri', 'Keduanya sepakat'
        f"{ordinal}{suffix}"
        for ordinal in "kedua ketiga keempat kelima keenam ketujuh".split()
        for suffix in ("", "nya")
    )
    | frozenset(f"{kin}nya" for kin in KIN_NOUNS if " " not in kin)  # someone's kin: 'Adiknya menimpali'
)
# Words that count people without naming them ('Seorang yang persuasif …'): never a common noun for a speaker.
QUANTIFIERS = frozenset("seorang sebuah setiap semua banyak beberapa sejumlah para".split())
PRONOUNS = frozenset({"dia", "ia", "beliau", "he", "she"})
# Words that deny a verb, never open a subject: 'Deden, tak henti mengucap syukur'.
NEGATIONS = frozenset("tidak tak belum tiada".split())
# Words between a subject and its verb ('Andy Setyo, juga meminta …', 'Ia pun mengaku', 'Alan …, ikut bercerita'):
# never a subject.
ADVERBS_BEFORE_VERB = frozenset("juga pun kembali lalu kemudian sempat ikut turut".split())
ADVERB_BEFORE_VERB = "(?:" + "|".join(sorted(ADVERBS_BEFORE_VERB)) + ")"
BEFORE_SUBJECT = NOT_NAMES | {"dan", "serta", "sedangkan", "adapun", "kini", "akhirnya"}
HONORIFICS = frozenset(
    """
    pak bu bapak ibu mas mbak bang kak om tante habib ustaz ustad kiai gus romo mbah kang cak bung
    ayah bunda abah umi eyang mang uda daeng bli koh neng opa oma haji hajah hajjah raden
""".split()
)
# Prepositions and conjunctions that open a clause with no subject of its own ('…, dengan menjelaskan
# keinginannya'): what follows them is not someone unnamed speaking.
CLAUSE_OPENERS = frozenset(
    """
    dengan untuk sambil seraya sembari setelah sesudah sebelum usai saat ketika selagi dan serta yang karena
    sehingga dalam di ke dari oleh bagi agar supaya tanpa demi lewat melalui hingga sampai sejak
""".split()
)
# Connectives that open a sentence before its subject ('Sehingga Imam meminta …'): never a name's first word.
CONNECTIVES = frozenset(
    "sehingga karena maka padahal walaupun walau kendati apalagi lantas makanya bahwa yakni yaitu".split()
)
# Conjunctions and adverbs that open a sentence before its subject ('Hingga kini belum ada …', 'Sejak itu, Budi …'):
# never a name's first word.
SENTENCE_OPENERS = frozenset(
    """
    hingga sampai sejak selama setelah sesudah sebelum usai seusai jika kalau bila apabila sebab adapun kini
    sekarang akhirnya terkait soal mengenai seperti sebagaimana berdasarkan sedangkan sambil tanpa
""".split()
)
# Prepositions, capitalised in a title or at a sentence's start ('Pengabdian Kepada Masyarakat', 'Kepada Kompas, …'):
# never a name's first word.
PREPOSITIONS = frozenset("kepada terhadap bagi untuk dari oleh pada".split())
# Words that begin or end an institution's name ('Bank Indonesia', 'Komisi Pemberantasan Korupsi'),
# which its initials may stand for ('tulis BI').
INSTITUTION_WORDS = frozenset(
    """
    bank badan komisi kementerian lembaga dewan majelis mahkamah partai fraksi pengadilan kejaksaan dinas komite
    asosiasi yayasan institut universitas kepolisian otoritas pusat kantor balai
""".split()
)
# Words that open the name of a body, which speaks as a whole when the attribution names it and no one in it
# ('tulis Kemenlu Israel', 'kata Pemerintah Israel', 'ujar Polda Metro Jaya', 'kata Komnas HAM'); 'Kemen…' shortens
# 'Kementerian', 'Keja…' 'Kejaksaan'; the seats that stand for a government ('juru bicara Kremlin Dmitry Peskov'); and
# the short names of state bodies written as words ('Ketua Bawaslu Abhan', 'kata Basarnas').
BODY_WORDS = INSTITUTION_WORDS | frozenset(
    """
    pemerintah kedutaan polda polres polresta polsek pemprov pemkot pemkab pemda kemlu gedung istana komnas kejagung
    kejati kejari kremlin pentagon vatikan
    polri bareskrim brimob densus kodam korem kodim kostrad kopassus bawaslu bappenas bappeda bapenda basarnas bulog
    bakamla baznas bapeten lapan lemhannas kompolnas wantimpres setkab dishub dinkes disdik satpol damkar
""".split()
)
# Words never part of a person's name before it: 'Kemlu' in 'Juru bicara Kemlu Arrmanatha Nasir'.
NEVER_IN_A_NAME = ORG_WORDS | BODY_WORDS | ROLE_WORDS | TITLES
