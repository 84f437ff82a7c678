// Well-known international organisations, news media and armed groups, as data:
// slug | kind | name | other names (";"-separated) | GDELT-style code | parent slug.
// Acronyms written in capitals here match only in capitals in the text ("WHO", never "who").
export const ORGANISATION_LINES = `
united-nations|organisation|United Nations|UN;U.N.;the UN;UNO|IGOUNO|
un-security-council|organisation|UN Security Council|Security Council;U.N. Security Council;United Nations Security Council;UNSC|IGOUNO|united-nations
un-general-assembly|organisation|UN General Assembly|General Assembly;U.N. General Assembly|IGOUNO|united-nations
un-secretary-general|organisation|UN Secretary-General|U.N. Secretary-General;United Nations Secretary-General|IGOUNO|united-nations
unhcr|organisation|UNHCR|UN refugee agency;U.N. refugee agency;UN High Commissioner for Refugees|IGOUNO|united-nations
unicef|organisation|UNICEF|UN children's agency;U.N. children's agency|IGOUNO|united-nations
ocha|organisation|OCHA|UN Office for the Coordination of Humanitarian Affairs;UN humanitarian office|IGOUNO|united-nations
wfp|organisation|World Food Programme|WFP;World Food Program|IGOUNO|united-nations
who|organisation|World Health Organization|WHO;World Health Organisation|IGOWHO|united-nations
iaea|organisation|International Atomic Energy Agency|IAEA;UN nuclear watchdog;U.N. nuclear watchdog|IGOUNO|united-nations
unesco|organisation|UNESCO||IGOUNO|united-nations
un-human-rights-council|organisation|UN Human Rights Council|Human Rights Council;UNHRC|IGOUNO|united-nations
ohchr|organisation|UN human rights office|OHCHR;UN High Commissioner for Human Rights|IGOUNO|united-nations
unrwa|organisation|UNRWA||IGOUNO|united-nations
icj|organisation|International Court of Justice|ICJ;World Court|IGOUNO|united-nations
icc|organisation|International Criminal Court|ICC|IGO|
opcw|organisation|Organisation for the Prohibition of Chemical Weapons|OPCW;Organization for the Prohibition of Chemical Weapons|IGO|
nato|organisation|NATO|North Atlantic Treaty Organization;North Atlantic Treaty Organisation|IGONAT|
european-union|organisation|European Union|EU;E.U.;Brussels|IGOEEC|
european-commission|organisation|European Commission||IGOEEC|
european-parliament|organisation|European Parliament||IGOEEC|
european-council|organisation|European Council||IGOEEC|european-union
african-union|organisation|African Union|AU|IGOAFR|
arab-league|organisation|Arab League|League of Arab States|IGOARL|
gulf-cooperation-council|organisation|Gulf Cooperation Council|GCC|IGOGCC|
asean|organisation|ASEAN|Association of Southeast Asian Nations|IGOSEA|
opec|organisation|OPEC|Organization of the Petroleum Exporting Countries|IGOOPC|
osce|organisation|OSCE|Organization for Security and Co-operation in Europe|IGO|
oas|organisation|Organization of American States|OAS|IGOOAS|
ecowas|organisation|ECOWAS|Economic Community of West African States|IGOWAF|
imf|organisation|International Monetary Fund|IMF|IGOIMF|
world-bank|organisation|World Bank||IGOWBK|
wto|organisation|World Trade Organization|WTO|IGOWTO|
g7|organisation|G7|Group of Seven|IGO|
g20|organisation|G20|Group of 20|IGO|
interpol|organisation|Interpol||IGO|
icrc|organisation|International Committee of the Red Cross|ICRC;Red Cross|NGO|
red-crescent|organisation|Red Crescent|Syrian Arab Red Crescent|NGO|
msf|organisation|Doctors Without Borders|MSF;Medecins Sans Frontieres;Médecins Sans Frontières|NGO|
amnesty-international|organisation|Amnesty International|Amnesty|NGOHRI|
human-rights-watch|organisation|Human Rights Watch|HRW|NGOHRI|
greenpeace|organisation|Greenpeace||NGO|
transparency-international|organisation|Transparency International||NGO|
reporters-without-borders|organisation|Reporters Without Borders||NGO|
reuters|media|Reuters|Thomson Reuters|JUR|
associated-press|media|Associated Press|AP;The Associated Press|JUR|
afp|media|Agence France-Presse|AFP;Agence France Presse|JUR|
bloomberg|media|Bloomberg|Bloomberg News|JUR|
al-jazeera|media|Al Jazeera|Al-Jazeera;Aljazeera|JUR|
al-arabiya|media|Al Arabiya|Al-Arabiya|JUR|
bbc|media|BBC|British Broadcasting Corporation;BBC News|JUR|
cnn|media|CNN||JUR|
fox-news|media|Fox News||JUR|
nbc-news|media|NBC News|NBC|JUR|
cbs-news|media|CBS News|CBS|JUR|
abc-news|media|ABC News||JUR|
npr|media|NPR|National Public Radio|JUR|
new-york-times|media|The New York Times|New York Times|JUR|
washington-post|media|The Washington Post|Washington Post|JUR|
wall-street-journal|media|The Wall Street Journal|Wall Street Journal;WSJ|JUR|
financial-times|media|Financial Times|FT|JUR|
the-guardian|media|The Guardian|Guardian|JUR|
the-economist|media|The Economist||JUR|
politico|media|Politico||JUR|
axios|media|Axios||JUR|
russia-today|media|Russia Today|RT|JUR|
sputnik|media|Sputnik|Sputnik News|JUR|
tass|media|TASS|Itar-Tass|JUR|
ria-novosti|media|RIA Novosti|RIA|JUR|
interfax|media|Interfax||JUR|
xinhua|media|Xinhua|Xinhua News Agency|JUR|
global-times|media|Global Times||JUR|
cctv|media|CCTV|China Central Television;CGTN|JUR|
sana|media|SANA|Syrian Arab News Agency|JUR|
irna|media|IRNA|Islamic Republic News Agency|JUR|
fars|media|Fars|Fars News Agency|JUR|
tasnim|media|Tasnim|Tasnim News Agency|JUR|
press-tv|media|Press TV||JUR|
anadolu|media|Anadolu Agency|Anadolu|JUR|
yonhap|media|Yonhap|Yonhap News Agency|JUR|
kcna|media|KCNA|Korean Central News Agency|JUR|
kyodo|media|Kyodo|Kyodo News|JUR|
nhk|media|NHK||JUR|
dpa|media|DPA|Deutsche Presse-Agentur|JUR|
deutsche-welle|media|Deutsche Welle|DW|JUR|
der-spiegel|media|Der Spiegel|Spiegel|JUR|
le-monde|media|Le Monde||JUR|
efe|media|EFE||JUR|
ansa|media|ANSA||JUR|
haaretz|media|Haaretz||JUR|
times-of-israel|media|The Times of Israel|Times of Israel|JUR|
pti|media|Press Trust of India|PTI|JUR|
al-mayadeen|media|Al Mayadeen||JUR|
france-24|media|France 24||JUR|
euronews|media|Euronews||JUR|
sky-news|media|Sky News||JUR|
hezbollah|armed_group|Hezbollah|Hizbollah;Hizbullah;Hezbollah movement|LBNREB|
irgc|armed_group|Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guard Corps;Revolutionary Guards;Revolutionary Guard|IRNMIL|iran
quds-force|armed_group|Quds Force|Qods Force|IRNMIL|irgc
hamas|armed_group|Hamas|Islamic Resistance Movement|PSEREB|
palestinian-islamic-jihad|armed_group|Palestinian Islamic Jihad|Islamic Jihad|PSEREB|
islamic-state|armed_group|Islamic State|ISIS;ISIL;IS group;Daesh;Islamic State group|IMGSEPISL|
al-qaeda|armed_group|al-Qaeda|al Qaeda;al-Qaida;al Qaida;Al-Qaeda;Al Qaeda|IMGSEPISL|
al-shabaab|armed_group|al-Shabaab|al Shabaab;Al-Shabab;al-Shabab|SOMREB|
boko-haram|armed_group|Boko Haram||NGAREB|
taliban|armed_group|Taliban|the Taliban|AFGREB|
houthis|armed_group|Houthis|Houthi;Houthi rebels;Ansar Allah;Ansarullah|YEMREB|
pkk|armed_group|Kurdistan Workers' Party|PKK|TURREB|
ypg|armed_group|YPG|People's Protection Units|SYRREB|
sdf|armed_group|Syrian Democratic Forces|SDF|SYRREB|
wagner-group|armed_group|Wagner Group|Wagner mercenaries|RUSMIL|
farc|armed_group|FARC|Revolutionary Armed Forces of Colombia|COLREB|
eln|armed_group|ELN|National Liberation Army|COLREB|
lashkar-e-taiba|armed_group|Lashkar-e-Taiba|LeT|PAKREB|
jaish-e-mohammed|armed_group|Jaish-e-Mohammed|JeM|PAKREB|
m23|armed_group|M23|March 23 Movement|CODREB|
rapid-support-forces|armed_group|Rapid Support Forces|RSF paramilitary|SDNMIL|
popular-mobilization-forces|armed_group|Popular Mobilization Forces|PMF;Hashed al-Shaabi;Hashd al-Shaabi|IRQMIL|
kataib-hezbollah|armed_group|Kataib Hezbollah|Kata'ib Hezbollah|IRQREB|
polisario-front|armed_group|Polisario Front|Polisario|ESHREB|
`;
