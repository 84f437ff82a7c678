// Every UN member and the common others, as data: GDELT-style code | slug | name | other names |
// demonym adjectives | plural demonyms | capitals (and seats of government). One line per country.
// The slug is the actor id (lower-case, hyphenated); its institutions are built from it in institutions.ts.
export const COUNTRY_LINES = `
AFG|afghanistan|Afghanistan|Islamic Emirate of Afghanistan|Afghan|Afghans|Kabul
ALB|albania|Albania||Albanian|Albanians|Tirana
DZA|algeria|Algeria||Algerian|Algerians|Algiers
AND|andorra|Andorra||Andorran|Andorrans|Andorra la Vella
AGO|angola|Angola||Angolan|Angolans|Luanda
ATG|antigua-and-barbuda|Antigua and Barbuda|Antigua|Antiguan|Antiguans|St. John's
ARG|argentina|Argentina|Argentine Republic|Argentine;Argentinian|Argentines;Argentinians|Buenos Aires
ARM|armenia|Armenia||Armenian|Armenians|Yerevan
AUS|australia|Australia||Australian|Australians|Canberra
AUT|austria|Austria||Austrian|Austrians|Vienna
AZE|azerbaijan|Azerbaijan||Azerbaijani;Azeri|Azerbaijanis;Azeris|Baku
BHS|bahamas|Bahamas|The Bahamas|Bahamian|Bahamians|Nassau
BHR|bahrain|Bahrain||Bahraini|Bahrainis|Manama
BGD|bangladesh|Bangladesh||Bangladeshi|Bangladeshis|Dhaka
BRB|barbados|Barbados||Barbadian|Barbadians|Bridgetown
BLR|belarus|Belarus||Belarusian|Belarusians|Minsk
BEL|belgium|Belgium||Belgian|Belgians|
BLZ|belize|Belize||Belizean|Belizeans|Belmopan
BEN|benin|Benin||Beninese||Porto-Novo;Cotonou
BTN|bhutan|Bhutan||Bhutanese||Thimphu
BOL|bolivia|Bolivia||Bolivian|Bolivians|La Paz;Sucre
BIH|bosnia-and-herzegovina|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian|Bosnians|Sarajevo
BWA|botswana|Botswana||Botswanan;Motswana|Batswana|Gaborone
BRA|brazil|Brazil||Brazilian|Brazilians|Brasilia;Brasília
BRN|brunei|Brunei|Brunei Darussalam|Bruneian|Bruneians|Bandar Seri Begawan
BGR|bulgaria|Bulgaria||Bulgarian|Bulgarians|Sofia
BFA|burkina-faso|Burkina Faso||Burkinabe||Ouagadougou
BDI|burundi|Burundi||Burundian|Burundians|Gitega;Bujumbura
CPV|cape-verde|Cape Verde|Cabo Verde|Cape Verdean|Cape Verdeans|Praia
KHM|cambodia|Cambodia||Cambodian|Cambodians|Phnom Penh
CMR|cameroon|Cameroon||Cameroonian|Cameroonians|Yaounde;Yaoundé
CAN|canada|Canada||Canadian|Canadians|Ottawa
CAF|central-african-republic|Central African Republic|CAR|Central African|Central Africans|Bangui
TCD|chad|Chad||Chadian|Chadians|N'Djamena
CHL|chile|Chile||Chilean|Chileans|Santiago
CHN|china|China|People's Republic of China;PRC;mainland China|Chinese|the Chinese|Beijing;Peking
COL|colombia|Colombia||Colombian|Colombians|Bogota;Bogotá
COM|comoros|Comoros||Comorian|Comorians|Moroni
COG|congo-brazzaville|Republic of the Congo|Congo-Brazzaville|Congolese||Brazzaville
COD|dr-congo|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Democratic Republic of Congo|Congolese||Kinshasa
CRI|costa-rica|Costa Rica||Costa Rican|Costa Ricans|San Jose;San José
CIV|ivory-coast|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian|Ivorians|Yamoussoukro;Abidjan
HRV|croatia|Croatia||Croatian;Croat|Croatians;Croats|Zagreb
CUB|cuba|Cuba||Cuban|Cubans|Havana
CYP|cyprus|Cyprus||Cypriot|Cypriots|Nicosia
CZE|czech-republic|Czech Republic|Czechia|Czech|Czechs|Prague
DNK|denmark|Denmark||Danish|Danes|Copenhagen
DJI|djibouti|Djibouti||Djiboutian|Djiboutians|
DMA|dominica|Dominica||||Roseau
DOM|dominican-republic|Dominican Republic||Dominican|Dominicans|Santo Domingo
ECU|ecuador|Ecuador||Ecuadorian;Ecuadorean|Ecuadorians|Quito
EGY|egypt|Egypt||Egyptian|Egyptians|Cairo
SLV|el-salvador|El Salvador||Salvadoran;Salvadorean|Salvadorans|San Salvador
GNQ|equatorial-guinea|Equatorial Guinea||Equatoguinean||Malabo
ERI|eritrea|Eritrea||Eritrean|Eritreans|Asmara
EST|estonia|Estonia||Estonian|Estonians|Tallinn
SWZ|eswatini|Eswatini|Swaziland|Swazi|Swazis|Mbabane
ETH|ethiopia|Ethiopia||Ethiopian|Ethiopians|Addis Ababa
FJI|fiji|Fiji||Fijian|Fijians|Suva
FIN|finland|Finland||Finnish|Finns|Helsinki
FRA|france|France|French Republic|French|the French|Paris;the Elysee;the Élysée;Elysee Palace;Élysée Palace
GAB|gabon|Gabon||Gabonese||Libreville
GMB|gambia|Gambia|The Gambia|Gambian|Gambians|Banjul
GEO|georgia|Georgia||Georgian|Georgians|Tbilisi
DEU|germany|Germany|Federal Republic of Germany|German|Germans|Berlin
GHA|ghana|Ghana||Ghanaian|Ghanaians|Accra
GRC|greece|Greece||Greek|Greeks|Athens
GRD|grenada|Grenada||Grenadian|Grenadians|St. George's
GTM|guatemala|Guatemala||Guatemalan|Guatemalans|Guatemala City
GIN|guinea|Guinea||Guinean|Guineans|Conakry
GNB|guinea-bissau|Guinea-Bissau||Bissau-Guinean||Bissau
GUY|guyana|Guyana||Guyanese||Georgetown
HTI|haiti|Haiti||Haitian|Haitians|Port-au-Prince
HND|honduras|Honduras||Honduran|Hondurans|Tegucigalpa
HUN|hungary|Hungary||Hungarian|Hungarians|Budapest
ISL|iceland|Iceland||Icelandic|Icelanders|Reykjavik
IND|india|India|Republic of India|Indian|Indians|New Delhi
IDN|indonesia|Indonesia||Indonesian|Indonesians|Jakarta
IRN|iran|Iran|Islamic Republic of Iran|Iranian|Iranians|Tehran
IRQ|iraq|Iraq||Iraqi|Iraqis|Baghdad
IRL|ireland|Ireland|Republic of Ireland|Irish|the Irish|Dublin
ISR|israel|Israel|State of Israel|Israeli|Israelis|Jerusalem;Tel Aviv
ITA|italy|Italy||Italian|Italians|Rome
JAM|jamaica|Jamaica||Jamaican|Jamaicans|Kingston
JPN|japan|Japan||Japanese|the Japanese|Tokyo
JOR|jordan|Jordan||Jordanian|Jordanians|Amman
KAZ|kazakhstan|Kazakhstan||Kazakh;Kazakhstani|Kazakhs|Astana
KEN|kenya|Kenya||Kenyan|Kenyans|Nairobi
KIR|kiribati|Kiribati||I-Kiribati||Tarawa
PRK|north-korea|North Korea|DPRK;Democratic People's Republic of Korea|North Korean|North Koreans|Pyongyang
KOR|south-korea|South Korea|Republic of Korea;ROK|South Korean|South Koreans|Seoul
KWT|kuwait|Kuwait||Kuwaiti|Kuwaitis|Kuwait City
KGZ|kyrgyzstan|Kyrgyzstan|Kyrgyz Republic|Kyrgyz||Bishkek
LAO|laos|Laos|Lao PDR|Laotian;Lao|Laotians|Vientiane
LVA|latvia|Latvia||Latvian|Latvians|Riga
LBN|lebanon|Lebanon||Lebanese|the Lebanese|Beirut
LSO|lesotho|Lesotho||Basotho||Maseru
LBR|liberia|Liberia||Liberian|Liberians|Monrovia
LBY|libya|Libya||Libyan|Libyans|Tripoli
LIE|liechtenstein|Liechtenstein||Liechtensteiner||Vaduz
LTU|lithuania|Lithuania||Lithuanian|Lithuanians|Vilnius
LUX|luxembourg|Luxembourg||Luxembourgish;Luxembourger|Luxembourgers|
MDG|madagascar|Madagascar||Malagasy||Antananarivo
MWI|malawi|Malawi||Malawian|Malawians|Lilongwe
MYS|malaysia|Malaysia||Malaysian|Malaysians|Kuala Lumpur;Putrajaya
MDV|maldives|Maldives||Maldivian|Maldivians|Malé
MLI|mali|Mali||Malian|Malians|Bamako
MLT|malta|Malta||Maltese||Valletta
MHL|marshall-islands|Marshall Islands||Marshallese||Majuro
MRT|mauritania|Mauritania||Mauritanian|Mauritanians|Nouakchott
MUS|mauritius|Mauritius||Mauritian|Mauritians|Port Louis
MEX|mexico|Mexico|United Mexican States|Mexican|Mexicans|Mexico City
FSM|micronesia|Micronesia|Federated States of Micronesia|Micronesian|Micronesians|Palikir
MDA|moldova|Moldova||Moldovan|Moldovans|Chisinau;Chișinău
MCO|monaco|Monaco||Monegasque||
MNG|mongolia|Mongolia||Mongolian|Mongolians|Ulaanbaatar;Ulan Bator
MNE|montenegro|Montenegro||Montenegrin|Montenegrins|Podgorica
MAR|morocco|Morocco||Moroccan|Moroccans|Rabat
MOZ|mozambique|Mozambique||Mozambican|Mozambicans|Maputo
MMR|myanmar|Myanmar|Burma|Myanmar;Burmese|Burmese|Naypyidaw;Naypyitaw
NAM|namibia|Namibia||Namibian|Namibians|Windhoek
NRU|nauru|Nauru||Nauruan|Nauruans|Yaren
NPL|nepal|Nepal||Nepali;Nepalese|Nepalis|Kathmandu
NLD|netherlands|Netherlands|Holland;The Netherlands|Dutch|the Dutch|Amsterdam;The Hague
NZL|new-zealand|New Zealand||New Zealand|New Zealanders|Wellington
NIC|nicaragua|Nicaragua||Nicaraguan|Nicaraguans|Managua
NER|niger|Niger||Nigerien|Nigeriens|Niamey
NGA|nigeria|Nigeria||Nigerian|Nigerians|Abuja
MKD|north-macedonia|North Macedonia|Macedonia|Macedonian|Macedonians|Skopje
NOR|norway|Norway||Norwegian|Norwegians|Oslo
OMN|oman|Oman||Omani|Omanis|Muscat
PAK|pakistan|Pakistan||Pakistani|Pakistanis|Islamabad
PLW|palau|Palau||Palauan|Palauans|Ngerulmud
PAN|panama|Panama||Panamanian|Panamanians|Panama City
PNG|papua-new-guinea|Papua New Guinea|PNG|Papua New Guinean|Papua New Guineans|Port Moresby
PRY|paraguay|Paraguay||Paraguayan|Paraguayans|Asuncion;Asunción
PER|peru|Peru||Peruvian|Peruvians|Lima
PHL|philippines|Philippines|the Philippines|Philippine;Filipino|Filipinos|Manila
POL|poland|Poland||Polish|Poles|Warsaw
PRT|portugal|Portugal||Portuguese|the Portuguese|Lisbon
QAT|qatar|Qatar||Qatari|Qataris|Doha
ROU|romania|Romania||Romanian|Romanians|Bucharest
RUS|russia|Russia|Russian Federation|Russian|Russians|Moscow;the Kremlin
RWA|rwanda|Rwanda||Rwandan|Rwandans|Kigali
KNA|saint-kitts-and-nevis|Saint Kitts and Nevis|St Kitts and Nevis|Kittitian||Basseterre
LCA|saint-lucia|Saint Lucia|St Lucia|Saint Lucian|Saint Lucians|Castries
VCT|saint-vincent-and-the-grenadines|Saint Vincent and the Grenadines|St Vincent|Vincentian|Vincentians|Kingstown
WSM|samoa|Samoa||Samoan|Samoans|Apia
SMR|san-marino|San Marino||Sammarinese||
STP|sao-tome-and-principe|Sao Tome and Principe|São Tomé and Príncipe|Santomean||
SAU|saudi-arabia|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian|Saudis|Riyadh
SEN|senegal|Senegal||Senegalese||Dakar
SRB|serbia|Serbia||Serbian;Serb|Serbs;Serbians|Belgrade
SYC|seychelles|Seychelles||Seychellois||
SLE|sierra-leone|Sierra Leone||Sierra Leonean|Sierra Leoneans|Freetown
SGP|singapore|Singapore||Singaporean|Singaporeans|
SVK|slovakia|Slovakia||Slovak|Slovaks|Bratislava
SVN|slovenia|Slovenia||Slovenian;Slovene|Slovenians;Slovenes|Ljubljana
SLB|solomon-islands|Solomon Islands||Solomon Islander|Solomon Islanders|Honiara
SOM|somalia|Somalia||Somali|Somalis|Mogadishu
ZAF|south-africa|South Africa||South African|South Africans|Pretoria;Cape Town
SSD|south-sudan|South Sudan||South Sudanese||Juba
ESP|spain|Spain||Spanish|Spaniards|Madrid
LKA|sri-lanka|Sri Lanka||Sri Lankan|Sri Lankans|Colombo;Sri Jayawardenepura Kotte
SDN|sudan|Sudan||Sudanese||Khartoum
SUR|suriname|Suriname||Surinamese||Paramaribo
SWE|sweden|Sweden||Swedish|Swedes|Stockholm
CHE|switzerland|Switzerland||Swiss|the Swiss|Bern;Berne
SYR|syria|Syria|Syrian Arab Republic|Syrian|Syrians|Damascus
TJK|tajikistan|Tajikistan||Tajik|Tajiks|Dushanbe
TZA|tanzania|Tanzania||Tanzanian|Tanzanians|Dodoma;Dar es Salaam
THA|thailand|Thailand||Thai|Thais|Bangkok
TLS|timor-leste|Timor-Leste|East Timor|Timorese||Dili
TGO|togo|Togo||Togolese||Lome;Lomé
TON|tonga|Tonga||Tongan|Tongans|Nuku'alofa
TTO|trinidad-and-tobago|Trinidad and Tobago|Trinidad|Trinidadian|Trinidadians|Port of Spain
TUN|tunisia|Tunisia||Tunisian|Tunisians|Tunis
TUR|turkey|Turkey|Türkiye;Turkiye|Turkish|Turks|Ankara
TKM|turkmenistan|Turkmenistan||Turkmen||Ashgabat
TUV|tuvalu|Tuvalu||Tuvaluan|Tuvaluans|Funafuti
UGA|uganda|Uganda||Ugandan|Ugandans|Kampala
UKR|ukraine|Ukraine||Ukrainian|Ukrainians|Kyiv;Kiev
ARE|united-arab-emirates|United Arab Emirates|UAE;U.A.E.;the Emirates|Emirati|Emiratis|Abu Dhabi
GBR|united-kingdom|United Kingdom|UK;U.K.;Britain;Great Britain|British|Britons;the British|London
USA|united-states|United States|United States of America;U.S.;US;USA;U.S.A.;America|American;U.S.;US|Americans|Washington;Washington D.C.;Washington, D.C.
URY|uruguay|Uruguay||Uruguayan|Uruguayans|Montevideo
UZB|uzbekistan|Uzbekistan||Uzbek|Uzbeks|Tashkent
VUT|vanuatu|Vanuatu||Ni-Vanuatu||Port Vila
VEN|venezuela|Venezuela||Venezuelan|Venezuelans|Caracas
VNM|vietnam|Vietnam|Viet Nam|Vietnamese||Hanoi
YEM|yemen|Yemen||Yemeni|Yemenis|Sanaa;Sana'a
ZMB|zambia|Zambia||Zambian|Zambians|Lusaka
ZWE|zimbabwe|Zimbabwe||Zimbabwean|Zimbabweans|Harare
PSE|palestine|Palestine|State of Palestine;Palestinian territories|Palestinian|Palestinians|Ramallah
VAT|vatican|Vatican City|Holy See;the Vatican|Vatican||
TWN|taiwan|Taiwan|Republic of China|Taiwanese||Taipei
XKX|kosovo|Kosovo||Kosovar;Kosovan|Kosovars|Pristina
ESH|western-sahara|Western Sahara|Sahrawi Republic|Sahrawi|Sahrawis|
`;
