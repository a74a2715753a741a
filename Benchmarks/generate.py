#!/usr/bin/env python3
"""Synthetic IRVE statique 2.3.1 CSV generator for the `irve` benchmarks.

Python 3 standard library only, fully deterministic for a given
(--rows, --seed, --defects) triple: the same arguments always produce the
same bytes.

    python3 Benchmarks/generate.py --rows 100000 --output valid.csv
    python3 Benchmarks/generate.py --rows 100000 --defects 0.05 \
        --output defects.csv --manifest defects-manifest.csv

Valid mode (default): every row passes the official Table Schema
(frictionless: 0 errors) *and* the business checks we can think of:
unique ids, `nbre_pdc` = number of rows of the station, station columns
identical on every PDC row of the station, `[lon,lat]` inside the commune,
INSEE code (not postcode) consistent with the address, power in kW.

Defect mode (`--defects RATE`): each data row independently, with
probability RATE, receives exactly ONE typical producer defect (see
DEFECTS below). `--manifest FILE` writes one line per injected defect
(row number with header = row 1, column, kind, whether a plain Table Schema
validator can see it, bad value) so a validator's recall can be measured.

Output: UTF-8 without BOM, `,` delimiter (`--delimiter ';'` possible),
LF line endings, minimal quoting (coordinates and values with commas are
quoted, as in the official example). About 500 bytes per row.
"""

import argparse
import csv
import io
import random
import sys

HEADER = [
    "nom_amenageur", "siren_amenageur", "contact_amenageur", "nom_operateur",
    "contact_operateur", "telephone_operateur", "nom_enseigne",
    "id_station_itinerance", "id_station_local", "nom_station",
    "implantation_station", "adresse_station", "code_insee_commune",
    "coordonneesXY", "nbre_pdc", "id_pdc_itinerance", "id_pdc_local",
    "puissance_nominale", "prise_type_ef", "prise_type_2",
    "prise_type_combo_ccs", "prise_type_chademo", "prise_type_autre",
    "gratuit", "paiement_acte", "paiement_cb", "paiement_autre",
    "tarification", "condition_acces", "reservation", "horaires",
    "accessibilite_pmr", "restriction_gabarit", "station_deux_roues",
    "raccordement", "num_pdl", "date_mise_en_service", "observations",
    "date_maj", "cable_t2_attache",
]
COL = {name: i for i, name in enumerate(HEADER)}

# 400 real metropolitan communes (COG 2026, shared/geo/communes_2026.csv.gz):
# the 160 most populated + 240 drawn (seed 2026) among those with >= 800
# inhabitants. Columns: INSEE code; first postcode; name; interior point
# lon; lat; population 2023; jitter radius in degrees (small enough to keep
# generated points inside or very near the commune).
COMMUNES_TXT = """\
01145;01240;Dompierre-sur-Veyle;5.21182;46.06753;1245;0.0069
01347;01600;Saint-Didier-de-Formans;4.77525;45.95802;2203;0.0033
02312;02260;La Flamengrie;3.92082;50.00335;1103;0.0066
02554;02400;Nogentel;3.39876;49.01774;1106;0.0033
02564;02200;Bernoy-le-Château;3.30505;49.32178;825;0.0051
02691;02100;Saint-Quentin;3.28532;49.84760;52813;0.0061
02795;02290;Vic-sur-Aisne;3.10961;49.41192;1608;0.0029
03082;03600;Commentry;2.74983;46.27322;6017;0.0058
03095;03300;Cusset;3.46984;46.13396;13316;0.0072
04152;04860;Pierrevert;5.72238;43.80975;3945;0.0067
05164;05160;Savines-le-Lac;6.39066;44.52981;1102;0.0070
06004;06160;Antibes;7.10072;43.58411;77637;0.0066
06027;06800;Cagnes-sur-Mer;7.14935;43.67200;53354;0.0054
06029;06150;Cannes;7.00286;43.55392;74350;0.0058
06069;06130;Grasse;6.93211;43.65537;50970;0.0085
06088;06000;Nice;7.24363;43.70488;357737;0.0109
06140;06530;Le Tignet;6.84764;43.62567;3212;0.0043
06148;06140;Tourrettes-sur-Loup;7.03544;43.71839;4165;0.0069
07058;07110;Chassiers;4.29237;44.56434;989;0.0045
07134;07110;Laurac-en-Vivarais;4.29137;44.50459;1045;0.0039
07348;07200;Vogüé;4.40429;44.55615;1040;0.0044
08105;08000;Charleville-Mézières;4.71238;49.78131;45560;0.0072
08346;08000;Prix-lès-Mézières;4.68250;49.74780;1396;0.0028
10387;10000;Troyes;4.08455;48.29310;62088;0.0046
11069;11000;Carcassonne;2.33601;43.20784;46080;0.0103
11262;11100;Narbonne;3.00532;43.15140;57587;0.0082
11418;11150;Villasavary;2.03230;43.23188;1220;0.0075
12063;12230;La Cavalerie;3.17378;44.01530;2223;0.0081
12089;12300;Decazeville;2.24865;44.56854;5020;0.0048
12199;12390;Rignac;2.28865;44.40494;2000;0.0073
12305;12110;Viviez;2.22252;44.55517;1210;0.0033
13001;13080;Aix-en-Provence;5.41962;43.53611;149695;0.0174
13004;13104;Arles;4.72063;43.54713;51811;0.0200
13005;13400;Aubagne;5.56444;43.29056;47529;0.0094
13007;13390;Auriol;5.65872;43.35871;13037;0.0085
13039;13270;Fos-sur-Mer;4.90376;43.45485;15862;0.0119
13047;13118;Istres;4.94740;43.54382;44292;0.0136
13055;13001;Marseille;5.44806;43.29383;886040;0.0196
13056;13117;Martigues;5.05658;43.36495;48298;0.0108
13103;13300;Salon-de-Provence;5.04329;43.64371;44194;0.0107
14118;14000;Caen;-0.37158;49.18188;109400;0.0064
14243;14600;Équemauville;0.20687;49.40421;1574;0.0022
14543;14740;Rots;-0.47459;49.21446;2544;0.0061
14726;14350;Valdallière;-0.72435;48.86205;5696;0.0160
15037;15350;Champagnac;2.40443;45.36952;1020;0.0067
16341;16470;Saint-Michel;0.10848;45.63970;3196;0.0020
17077;17270;Cercoux;-0.21287;45.12860;1302;0.0082
17142;17139;Dompierre-sur-Mer;-1.07367;46.19083;6315;0.0054
17243;17210;Montlieu-la-Garde;-0.28399;45.22674;1310;0.0072
17300;17000;La Rochelle;-1.17658;46.16210;79851;0.0070
18033;18000;Bourges;2.39867;47.07649;64186;0.0105
18127;18160;Lignières;2.19941;46.76026;1310;0.0059
19031;19100;Brive-la-Gaillarde;1.51839;45.14426;47095;0.0089
21060;21310;Belleneuve;5.27504;47.36052;1571;0.0048
21231;21000;Dijon;5.04443;47.33209;161830;0.0040
21540;21850;Saint-Apollinaire;5.09357;47.33808;7544;0.0041
21623;21110;Tart;5.20193;47.19390;1517;0.0047
22014;22130;Bourseul;-2.26714;48.46685;1277;0.0042
22166;22710;Penvénan;-3.30136;48.81712;2584;0.0057
22172;22130;Plancoët;-2.22239;48.51763;3104;0.0043
22272;22200;Saint-Agathon;-3.10906;48.56621;2169;0.0048
22278;22000;Saint-Brieuc;-2.76263;48.51202;44364;0.0056
24028;24440;Beaumontois en Périgord;0.77325;44.73882;1733;0.0108
25056;25000;Besançon;6.01938;47.26175;118489;0.0103
25084;25320;Boussières;5.90200;47.14980;1208;0.0030
25453;25510;Pierrefontaine-les-Varans;6.54520;47.21497;1356;0.0069
26064;26120;Chabeuil;5.01142;44.91223;6833;0.0080
26155;26210;Lapeyrouse-Mornay;4.98581;45.32791;1178;0.0043
26362;26000;Valence;4.90660;44.92247;64458;0.0077
27022;27600;Le Val d'Hazey;1.31938;49.17135;5111;0.0049
27158;27930;Cierrey;1.26391;48.99828;805;0.0025
27170;27260;Cormeilles;0.38426;49.25163;1105;0.0022
27229;27000;Évreux;1.14338;49.01848;49360;0.0065
27493;27610;Romilly-sur-Andelle;1.25141;49.33348;3234;0.0037
27595;27370;Saint-Pierre-du-Bosguérard;0.88757;49.25988;950;0.0041
28056;28410;Boutigny-Prouais;1.57092;48.73620;1704;0.0073
28104;28300;Coltainville;1.58431;48.49358;915;0.0054
28188;28700;Le Gué-de-Longroi;1.70391;48.49197;860;0.0033
28218;28110;Lucé;1.45762;48.43436;15921;0.0030
28236;28400;Arcisses;0.88985;48.33583;2197;0.0086
29019;29200;Brest;-4.48761;48.40744;142346;0.0089
29020;29510;Briec;-4.02067;48.09638;5816;0.0104
29025;29150;Cast;-4.11348;48.15131;1570;0.0078
29102;29530;Landeleau;-3.74066;48.25208;993;0.0070
29148;29420;Mespaul;-4.06022;48.61367;946;0.0030
29150;29350;Moëlan-sur-Mer;-3.65602;47.80742;6749;0.0088
29155;29242;Ouessant;-5.08102;48.46056;860;0.0051
29218;29790;Pont-Croix;-4.49577;48.04819;1669;0.0037
29232;29000;Quimper;-4.11195;47.99756;64385;0.0117
2A004;20000;Ajaccio;8.68289;41.93240;76320;0.0116
2B033;20200;Bastia;9.42123;42.68587;46867;0.0057
2B316;20220;Santa-Reparata-di-Balagna;8.93531;42.60324;1024;0.0040
30007;30100;Alès;4.08757;44.12593;46125;0.0061
30189;30000;Nîmes;4.35274;43.83200;151839;0.0161
30308;30700;Sanilhac-Sagriès;4.42094;43.95614;842;0.0060
30328;30390;Théziers;4.62952;43.90799;1087;0.0043
30330;30140;Tornac;3.98410;44.01735;945;0.0056
31355;31280;Mons;1.57670;43.60811;1861;0.0034
31407;31380;Paulhac;1.55570;43.75932;1256;0.0048
31499;31470;Saint-Lys;1.20199;43.51167;9892;0.0059
31555;31000;Toulouse;1.42213;43.60191;514819;0.0138
33038;33340;Bégadan;-0.85791;45.37830;893;0.0071
33063;33000;Bordeaux;-0.56065;44.86257;267991;0.0089
33203;33990;Hourtin;-1.05572;45.18416;4045;0.0189
33281;33700;Mérignac;-0.67861;44.83057;78090;0.0088
33318;33600;Pessac;-0.68173;44.78638;67339;0.0055
33478;33660;Saint-Seurin-sur-l'Isle;-0.00307;45.01095;3167;0.0038
33522;33400;Talence;-0.58965;44.80813;46338;0.0036
34032;34500;Béziers;3.22105;43.34729;81545;0.0124
34108;34110;Frontignan;3.75986;43.45012;24136;0.0080
34126;34240;Lamalou-les-Bains;3.08237;43.59713;2389;0.0032
34144;34650;Lunas-les-Châteaux;3.21498;43.70508;832;0.0085
34165;34560;Montbazin;3.66581;43.53475;2877;0.0059
34172;34000;Montpellier;3.87837;43.61147;310240;0.0096
34245;34360;Saint-Chinian;2.94198;43.42802;1811;0.0061
34301;34200;Sète;3.62405;43.37880;45337;0.0040
35238;35000;Rennes;-1.68021;48.11682;230890;0.0090
35288;35400;Saint-Malo;-1.98924;48.64284;47439;0.0077
35362;35540;Le Tronchet;-1.83912;48.49251;1202;0.0043
36200;36200;Saint-Marcel;1.51952;46.61179;1514;0.0054
37011;37420;Avoine;0.18937;47.22107;2067;0.0045
37081;37340;Cléré-les-Pins;0.37703;47.45174;1429;0.0076
37150;37130;Mazières-de-Touraine;0.42671;47.39179;1488;0.0074
37237;37390;Saint-Roch;0.57703;47.44544;1342;0.0028
37257;37260;Thilouze;0.60437;47.22151;1815;0.0074
37261;37000;Tours;0.68512;47.39467;139259;0.0073
38124;38630;Corbelin;5.55539;45.59960;2375;0.0044
38185;38000;Grenoble;5.72548;45.18104;156140;0.0055
38206;38190;Laval-en-Belledonne;5.99963;45.23294;1029;0.0064
38448;38370;Saint-Prim;4.79795;45.44254;1478;0.0034
38533;38610;Venon;5.80988;45.17402;841;0.0026
38540;38113;Veurey-Voroize;5.60340;45.26874;1427;0.0045
38544;38200;Vienne;4.89080;45.52048;31778;0.0060
39043;39190;Beaufort-Orbagna;5.43379;46.58408;1481;0.0053
39160;39140;Commenailles;5.43802;46.80373;898;0.0059
39199;39210;Domblans;5.59470;46.76583;1186;0.0049
40088;40100;Dax;-1.06455;43.70181;22109;0.0056
40194;40380;Montfort-en-Chalosse;-0.84004;43.70576;1242;0.0043
40274;40090;Saint-Martin-d'Oney;-0.66978;43.92999;1367;0.0075
41018;41000;Blois;1.30316;47.57963;47219;0.0078
41204;41350;Saint-Claude-de-Diray;1.42022;47.61773;1764;0.0038
41258;41140;Thésée;1.32899;47.31984;1152;0.0053
42123;42420;Lorette;4.58400;45.50873;4983;0.0024
42218;42000;Saint-Étienne;4.41641;45.42259;173136;0.0114
42331;42155;Villemontais;3.94651;45.98041;1042;0.0046
43038;43360;Bournoncle-Saint-Pierre;3.32995;45.34513;1075;0.0051
43199;43200;Saint-Jeures;4.21098;45.11173;1015;0.0075
44033;44260;La Chapelle-Launay;-1.98001;47.34711;3270;0.0063
44076;44170;Jans;-1.60122;47.62573;1364;0.0073
44077;44440;Joué-sur-Erdre;-1.44247;47.50842;2797;0.0095
44107;44850;Mouzeil;-1.33324;47.44086;2017;0.0055
44109;44000;Nantes;-1.53756;47.23833;327734;0.0103
44143;44400;Rezé;-1.54554;47.17614;43556;0.0050
44162;44800;Saint-Herblain;-1.63731;47.22463;50973;0.0070
44173;44190;Saint-Lumine-de-Clisson;-1.36617;47.08073;2100;0.0054
44184;44600;Saint-Nazaire;-2.24081;47.27716;74568;0.0090
44199;44110;Soudan;-1.28760;47.72753;1959;0.0093
44210;44570;Trignac;-2.20879;47.31126;8397;0.0048
45234;45000;Orléans;1.91723;47.87347;116357;0.0033
45254;45500;Poilly-lez-Gien;2.58793;47.65729;2465;0.0073
45292;45230;Saint-Maurice-sur-Aveyron;2.96098;47.83996;836;0.0094
46191;46090;Mercuès;1.39048;44.49683;1122;0.0034
46197;46090;Le Montat;1.45977;44.38679;1107;0.0060
46273;46400;Saint-Laurent-les-Tours;1.90557;44.88267;868;0.0042
47100;47510;Foulayronnes;0.63365;44.25641;5476;0.0068
47210;47130;Port-Sainte-Marie;0.37315;44.26246;1887;0.0055
48017;48500;Banassac-Canilhac;3.17373;44.43021;1064;0.0063
49007;49000;Angers;-0.54731;47.48183;159022;0.0085
49099;49300;Cholet;-0.88998;47.03601;54404;0.0119
49332;49280;La Séguinière;-0.95936;47.07932;4248;0.0071
49338;49610;Soulaines-sur-Aubance;-0.51776;47.36555;1329;0.0045
49353;49800;Trélazé;-0.47639;47.45208;16333;0.0044
49369;49390;Vernoil-le-Fourrier;0.09885;47.39852;1366;0.0073
50076;50290;Bréhal;-1.52215;48.89643;3487;0.0046
50129;50100;Cherbourg-en-Cotentin;-1.61075;49.62756;78258;0.0105
50349;50590;Montmartin-sur-Mer;-1.52524;48.99384;1425;0.0039
50420;50750;Quibou;-1.21249;49.07413;858;0.0053
51058;51430;Bezannes;3.99306;49.22261;5039;0.0036
51230;51200;Épernay;3.95791;49.03965;22174;0.0061
51344;51530;Mardeuil;3.92177;49.05340;1457;0.0039
51454;51100;Reims;4.04798;49.25271;177674;0.0087
51492;51260;Saint-Just-Sauvage;3.76831;48.55099;1456;0.0054
51571;51360;Val-de-Vesle;4.21929;49.18378;1019;0.0078
51576;51150;Tours-sur-Marne;4.13148;49.05155;1360;0.0061
53130;53000;Laval;-0.76061;48.05692;49400;0.0074
54149;54680;Crusnes;5.92080;49.43230;1559;0.0031
54338;54670;Malleloy;6.16720;48.79371;1007;0.0026
54395;54000;Nancy;6.18104;48.68771;103671;0.0049
54437;54160;Pulligny;6.15132;48.54782;1155;0.0039
55117;55120;Clermont-en-Argonne;5.07123;49.12047;1406;0.0036
55154;55320;Dieue-sur-Meuse;5.43094;49.07969;1442;0.0051
55302;55000;Longeville-en-Barrois;5.20471;48.73718;1081;0.0050
56073;56160;Guémené-sur-Scorff;-3.20508;48.06580;1175;0.0013
56121;56100;Lorient;-3.37313;47.75065;58329;0.0049
56140;56500;Moréac;-2.79685;47.93078;3704;0.0099
56155;56760;Pénestin;-2.46266;47.46876;2085;0.0059
56182;56320;Priziac;-3.43617;48.05834;1037;0.0086
56260;56000;Vannes;-2.75515;47.65748;55790;0.0073
57049;57050;Le Ban-Saint-Martin;6.14159;49.12247;4684;0.0011
57091;57200;Bliesbruck;7.17792;49.11354;961;0.0042
57463;57000;Metz;6.20413;49.10374;122572;0.0082
57464;57920;Metzeresche;6.30243;49.29539;1020;0.0039
57491;57250;Moyeuvre-Grande;6.04652;49.25056;7311;0.0040
57588;57570;Rodemack;6.25476;49.46074;1277;0.0040
58302;58400;Varennes-lès-Narcy;3.06961;47.21619;901;0.0055
59009;59491;Villeneuve-d'Ascq;3.14962;50.63570;62868;0.0067
59133;59112;Carnin;2.96081;50.51995;1105;0.0019
59156;59552;Courchelettes;3.06065;50.34235;2855;0.0017
59183;59140;Dunkerque;2.34065;51.02719;86263;0.0082
59350;59000;Lille;3.05567;50.63038;238246;0.0075
59512;59100;Roubaix;3.18376;50.68838;98286;0.0046
59599;59200;Tourcoing;3.15722;50.72072;98772;0.0049
59626;59530;Villers-Pol;3.61956;50.28904;1197;0.0044
59637;59870;Wandignies-Hamage;3.32173;50.39849;1301;0.0032
60057;60000;Beauvais;2.07307;49.44313;55550;0.0073
60079;60440;Boissy-Fresnoy;2.88445;49.16505;942;0.0051
60291;60640;Guiscard;3.03775;49.66122;1749;0.0058
60456;60190;La Neuville-Roy;2.58353;49.47996;897;0.0045
61007;61100;Athis-Val de Rouvre;-0.47263;48.79371;4201;0.0112
61093;61800;Chanu;-0.67300;48.72322;1243;0.0050
61181;61230;Gacé;0.31057;48.78981;1766;0.0033
61494;61160;Trun;0.04336;48.85092;1165;0.0038
62193;62100;Calais;1.87131;50.95309;67571;0.0077
62204;62870;Campagne-lès-Hesdin;1.87339;50.40118;1943;0.0050
62351;62740;Fouquières-lès-Lens;2.90480;50.42835;6087;0.0026
62361;62270;Frévent;2.28934;50.27109;3259;0.0050
62407;62190;Ham-en-Artois;2.44867;50.59297;944;0.0023
62560;62250;Marquise;1.69816;50.81305;5217;0.0047
62666;62880;Pont-à-Vendin;2.88748;50.47644;3062;0.0018
63113;63000;Clermont-Ferrand;3.10623;45.78730;146351;0.0083
63352;63340;Saint-Germain-Lembron;3.24126;45.45532;2031;0.0051
63378;63270;Saint-Maurice;3.23504;45.66828;968;0.0030
64062;64260;Arudy;-0.47644;43.09867;2228;0.0068
64102;64100;Bayonne;-1.47217;43.48524;54306;0.0064
64132;64320;Bizanos;-0.33093;43.29515;4592;0.0027
64282;64480;Jatxou;-1.41201;43.40602;1267;0.0047
64304;64990;Lahonce;-1.39282;43.48324;2740;0.0040
64409;64400;Moumour;-0.66359;43.21398;814;0.0036
64445;64000;Pau;-0.33891;43.32217;80441;0.0071
65440;65000;Tarbes;0.06448;43.23954;44399;0.0050
66037;66140;Canet-en-Roussillon;3.00437;42.68245;13227;0.0070
66136;66000;Perpignan;2.91918;42.69879;121616;0.0073
67164;67210;Goxwiller;7.48146;48.43095;822;0.0023
67205;67720;Hœrdt;7.78594;48.69084;4570;0.0052
67281;67390;Marckolsheim;7.55982;48.15048;4398;0.0074
67360;67390;Ohnenheim;7.50362;48.18838;1164;0.0044
67366;67700;Ottersthal;7.34230;48.75829;805;0.0022
67482;67000;Strasbourg;7.75214;48.56948;293771;0.0113
67540;67590;Wintershouse;7.70906;48.79654;869;0.0025
68022;68390;Battenheim;7.41807;47.82113;1560;0.0052
68064;68490;Chalampé;7.54874;47.83230;996;0.0028
68066;68000;Colmar;7.36375;48.11194;66970;0.0036
68224;68100;Mulhouse;7.32658;47.75299;104978;0.0060
69034;69300;Caluire-et-Cuire;4.85762;45.80096;43597;0.0041
69067;69690;Courzieu;4.57403;45.74393;1183;0.0066
69071;69250;Curis-au-Mont-d'Or;4.81623;45.86773;1195;0.0022
69123;69001;Lyon;4.82934;45.75715;519127;0.0088
69256;69120;Vaulx-en-Velin;4.92324;45.77564;53069;0.0058
69257;69460;Vaux-en-Beaujolais;4.58020;46.04635;1169;0.0053
69259;69200;Vénissieux;4.88215;45.70101;65502;0.0050
69266;69100;Villeurbanne;4.88156;45.77213;163684;0.0049
69287;69720;Saint-Bonnet-de-Mure;5.01882;45.69769;6984;0.0052
69290;69800;Saint-Priest;4.94813;45.69935;49229;0.0069
69299;69124;Colombier-Saugnieu;5.10858;45.71657;2874;0.0067
70058;70100;Beaujeu-Saint-Vallier-Pierrejux-et-Quitteur;5.69834;47.49866;921;0.0076
70310;70200;Lure;6.49740;47.68119;7877;0.0063
70408;70140;Pesmes;5.57554;47.29145;1083;0.0027
70433;70000;Quincey;6.20258;47.59041;1338;0.0046
71076;71100;Chalon-sur-Saône;4.85501;46.79022;45102;0.0050
71390;71300;Saint-Berain-sous-Sanvignes;4.29323;46.72334;1102;0.0086
72084;72200;Clermont-Créans;-0.02756;47.73157;1293;0.0054
72181;72000;Le Mans;0.20157;47.98215;146249;0.0092
72336;72300;Solesmes;-0.27544;47.84084;1240;0.0043
72337;72130;Sougé-le-Ganelon;-0.04550;48.31671;826;0.0054
73059;73100;Brison-Saint-Innocent;5.88856;45.74072;2445;0.0050
73065;73000;Chambéry;5.90203;45.58082;59964;0.0058
73326;73160;Vimines;5.84663;45.53658;2372;0.0048
74010;74000;Annecy;6.12872;45.90285;132117;0.0106
74088;74350;Copponex;6.07243;46.04543;1340;0.0038
74240;74250;Saint-Jean-de-Tholome;6.41003;46.11377;1180;0.0045
75056;75001;Paris;2.32010;48.85726;2103778;0.0130
76050;76730;Avremesnil;0.93419;49.84867;994;0.0030
76216;76250;Déville-lès-Rouen;1.04940;49.46752;10802;0.0022
76351;76600;Le Havre;0.14188;49.49420;166687;0.0093
76522;76430;La Remuée;0.41601;49.52810;1277;0.0034
76540;76000;Rouen;1.08555;49.44162;117662;0.0059
77082;77720;Champeaux;2.80223;48.58684;810;0.0046
77108;77500;Chelles;2.59231;48.88326;54620;0.0051
77168;77620;Égreville;2.88286;48.18540;2186;0.0072
77241;77230;Juilly;2.70280;49.02189;2036;0.0035
77280;77440;Mary-sur-Marne;3.03469;49.01457;1155;0.0019
77284;77100;Meaux;2.90349;48.95731;56905;0.0050
77288;77000;Melun;2.66429;48.54358;45995;0.0036
77337;77186;Noisiel;2.62485;48.84619;16053;0.0026
77430;77178;Saint-Pathus;2.79644;49.07476;6479;0.0030
78117;78530;Buc;2.12575;48.77581;5816;0.0036
78314;78440;Issou;1.78821;48.98804;4060;0.0028
78551;78100;Saint-Germain-en-Laye;2.09087;48.93097;45931;0.0093
78586;78500;Sartrouville;2.17565;48.93858;52763;0.0037
78646;78000;Versailles;2.11873;48.80702;84095;0.0065
79008;79350;Amailloux;-0.31522;46.74607;822;0.0077
79080;79200;Châtillon-sur-Thouet;-0.26153;46.67837;2656;0.0036
79114;79400;Exireuil;-0.17604;46.45511;1578;0.0058
79125;79230;Fors;-0.41235;46.24132;1780;0.0055
79191;79000;Niort;-0.45988;46.32824;59854;0.0105
80021;80000;Amiens;2.27170;49.89925;136449;0.0090
80096;80130;Béthencourt-sur-Mer;1.49846;50.07593;882;0.0022
80533;80350;Mers-les-Bains;1.40235;50.07168;2540;0.0030
80718;80470;Saint-Sauveur;2.20773;49.94671;1344;0.0038
81004;81000;Albi;2.14725;43.92882;51290;0.0085
81036;81660;Bout-du-Pont-de-Larn;2.43115;43.50411;1225;0.0036
81124;81230;Lacaune;2.69391;43.69942;2464;0.0121
81147;81120;Lombers;2.14500;43.81722;1080;0.0079
81182;81360;Montredon-Labessonnié;2.31318;43.72308;2076;0.0134
81317;81430;Villefranche-d'Albigeois;2.32471;43.90072;1224;0.0060
82062;82700;Finhan;1.22006;43.91316;1471;0.0044
82121;82000;Montauban;1.36949;44.01974;62945;0.0148
83061;83370;Fréjus;6.74493;43.45070;59719;0.0130
83069;83400;Hyères;6.15750;43.11814;55858;0.0147
83126;83500;La Seyne-sur-Mer;5.87357;43.08345;63732;0.0061
83137;83000;Toulon;5.93165;43.13638;179116;0.0084
83146;83560;La Verdière;5.97032;43.65274;1668;0.0105
83153;83430;Saint-Mandrier-sur-Mer;5.92649;43.07580;6000;0.0029
84007;84000;Avignon;4.83682;43.94150;92188;0.0102
84038;84460;Cheval-Blanc;5.13276;43.78049;4362;0.0097
84039;84350;Courthézon;4.88300;44.08823;6426;0.0073
84055;84450;Jonquerettes;4.94355;43.94945;1606;0.0020
84086;84580;Oppède;5.17059;43.83156;1285;0.0063
84123;84390;Sault;5.42794;44.07628;1343;0.0135
85014;85390;Bazoges-en-Pareds;-0.90992;46.65886;1184;0.0074
85191;85000;La Roche-sur-Yon;-1.41519;46.66461;54849;0.0119
85194;85100;Les Sables-d'Olonne;-1.76851;46.52740;49603;0.0118
85281;85200;Sérigné;-0.85105;46.50760;1048;0.0055
85300;85190;Venansault;-1.54446;46.68144;4757;0.0085
86194;86000;Poitiers;0.36893;46.58520;89916;0.0041
87028;87320;Val-d'Oire-et-Gartempe;0.91560;46.22922;1711;0.0140
87085;87000;Limoges;1.27716;45.85846;129937;0.0114
88310;88410;Monthureux-sur-Saône;5.97177;48.02800;857;0.0056
89066;89320;Cerisiers;3.49167;48.12458;988;0.0065
89130;89460;Deux Rivières;3.70177;47.67294;1245;0.0072
89169;89360;Flogny-la-Chapelle;3.88152;47.96298;935;0.0062
89407;89430;Tanlay;4.08221;47.84820;897;0.0079
90010;90000;Belfort;6.85786;47.64592;45912;0.0053
91174;91100;Corbeil-Essonnes;2.46777;48.59826;54471;0.0030
91223;91150;Étampes;2.15396;48.42256;26857;0.0086
91228;91000;Évry-Courcouronnes;2.43475;48.62850;66919;0.0046
91377;91300;Massy;2.27301;48.72693;51729;0.0039
91477;91120;Palaiseau;2.22859;48.71532;37471;0.0044
92002;92160;Antony;2.29893;48.75044;64263;0.0039
92004;92600;Asnières-sur-Seine;2.28559;48.91824;93941;0.0028
92007;92220;Bagneux;2.30906;48.79873;44572;0.0026
92012;92100;Boulogne-Billancourt;2.23845;48.83697;119019;0.0031
92023;92140;Clamart;2.25588;48.79659;58576;0.0038
92024;92110;Clichy;2.30458;48.90414;64410;0.0022
92025;92700;Colombes;2.24606;48.92263;91053;0.0036
92026;92400;Courbevoie;2.25061;48.89702;82902;0.0026
92036;92230;Gennevilliers;2.30206;48.93160;50979;0.0043
92040;92130;Issy-les-Moulineaux;2.26220;48.82332;67669;0.0027
92044;92300;Levallois-Perret;2.28669;48.89629;68092;0.0020
92048;92190;Meudon;2.22362;48.80132;46334;0.0040
92049;92120;Montrouge;2.31787;48.81541;46324;0.0018
92050;92000;Nanterre;2.20242;48.89746;97783;0.0044
92051;92200;Neuilly-sur-Seine;2.26886;48.88624;59538;0.0024
92062;92800;Puteaux;2.23887;48.88136;44002;0.0023
92063;92500;Rueil-Malmaison;2.18013;48.87253;82874;0.0049
92073;92150;Suresnes;2.22170;48.87127;48956;0.0025
93001;93300;Aubervilliers;2.38729;48.91321;88365;0.0030
93005;93600;Aulnay-sous-Bois;2.49445;48.94497;87599;0.0051
93006;93170;Bagnolet;2.42150;48.86858;43086;0.0020
93007;93150;Le Blanc-Mesnil;2.46950;48.93585;62376;0.0036
93008;93000;Bobigny;2.44286;48.90829;56927;0.0033
93010;93140;Bondy;2.48438;48.90209;50595;0.0030
93027;93120;La Courneuve;2.40071;48.93682;47167;0.0035
93029;93700;Drancy;2.44143;48.92677;72390;0.0035
93031;93800;Épinay-sur-Seine;2.31346;48.95360;52833;0.0027
93046;93190;Livry-Gargan;2.53183;48.91843;47228;0.0035
93048;93100;Montreuil;2.45569;48.86366;111934;0.0038
93051;93160;Noisy-le-Grand;2.57088;48.83166;72978;0.0046
93053;93130;Noisy-le-Sec;2.45704;48.89200;45510;0.0028
93055;93500;Pantin;2.40754;48.89965;61929;0.0029
93064;93110;Rosny-sous-Bois;2.48839;48.87502;47180;0.0031
93066;93200;Saint-Denis;2.35636;48.92648;149077;0.0045
93070;93400;Saint-Ouen-sur-Seine;2.33203;48.91253;53615;0.0027
93071;93270;Sevran;2.53215;48.93741;52535;0.0034
94002;94140;Alfortville;2.42135;48.80020;45531;0.0025
94017;94500;Champigny-sur-Marne;2.50779;48.81785;78072;0.0043
94022;94600;Choisy-le-Roi;2.41932;48.76464;45946;0.0029
94028;94000;Créteil;2.45414;48.78532;93397;0.0043
94033;94120;Fontenay-sous-Bois;2.47282;48.85024;53757;0.0030
94041;94200;Ivry-sur-Seine;2.38736;48.81249;65064;0.0031
94046;94700;Maisons-Alfort;2.43635;48.79868;56799;0.0030
94068;94100;Saint-Maur-des-Fossés;2.49620;48.79995;76572;0.0042
94076;94800;Villejuif;2.35820;48.79361;60183;0.0029
94080;94300;Vincennes;2.43788;48.84775;48193;0.0018
94081;94400;Vitry-sur-Seine;2.39745;48.79181;93963;0.0043
95018;95100;Argenteuil;2.24614;48.95048;106130;0.0053
95052;95260;Beaumont-sur-Oise;2.28427;49.13764;10232;0.0015
95127;95000;Cergy;2.06144;49.03784;70906;0.0049
95585;95200;Sarcelles;2.38584;48.99248;59173;0.0037
95651;95510;Vétheuil;1.70418;49.06067;849;0.0026
"""


def load_communes():
    out = []
    for line in COMMUNES_TXT.splitlines():
        code, cp, name, lon, lat, pop, rad = line.split(";")
        out.append((code, cp, name, float(lon), float(lat), int(pop), float(rad)))
    return out


def luhn_ok_siren(body8):
    """Return body8 + Luhn check digit (SIREN numbers satisfy Luhn)."""
    for d in "0123456789":
        s = body8 + d
        total = 0
        for i, ch in enumerate(reversed(s)):
            n = int(ch)
            if i % 2 == 1:
                n *= 2
                if n > 9:
                    n -= 9
            total += n
        if total % 10 == 0:
            return s
    raise AssertionError


# Fictitious charging networks. AFIREV-like operator codes (3 chars) are
# invented; SIREN numbers are random but Luhn-valid.
NETWORKS = [
    # amenageur, contact_amenageur, operateur, contact_operateur, phone, enseigne, code, tarif
    ("Syndicat Départemental d'Énergie Exemple", "irve@sde-exemple.fr", "Recharge Services Ouest",
     "exploitation@recharge-services-ouest.fr", "0556000001", "Réseau Borne Ouest", "BWO",
     "0,30 €/kWh + 0,02 €/min après 2 h"),
    ("Communauté d'agglomération Exemple", "mobilite@agglo-exemple.fr", "ElecMobilité Exploitation",
     "support@elecmobilite-exploitation.fr", "0970000002", "Mobi'Agglo", "E4M",
     "0,35 €/kWh pour les non abonnés"),
    ("Société Hypermarchés Exemple", "energie@hyper-exemple.fr", "FastCharge France",
     "contact@fastcharge-france.fr", "0800000003", "FastCharge", "FC7",
     "0,49 €/kWh"),
    ("Hôtels Exemple SAS", "technique@hotels-exemple.fr", "Destination Charge",
     "support@destination-charge.eu", "0187000004", "Destination Charge", "D3C",
     "Gratuit pour les clients de l'hôtel"),
    ("Autoroutes Exemple SA", "irve@autoroutes-exemple.fr", "HighPower Recharge",
     "service.client@highpower-recharge.fr", "0969000005", "HighPower", "HPW",
     "0,59 €/kWh, 0,45 €/kWh avec abonnement"),
    ("Parkings Exemple", "irve@parkings-exemple.fr", "Parc'Elec",
     "contact@parc-elec.fr", "0140000006", "Parc'Elec", "P2K",
     "Stationnement payant + 0,25 €/kWh"),
    ("Régie Énergie Exemple", "recharge@regie-exemple.fr", "Régie Énergie Exemple",
     "recharge@regie-exemple.fr", "0475000007", "Rezo Recharge", "R3Z",
     "1 € la session puis 0,20 €/kWh"),
    ("Concessions Auto Exemple", "apv@concessions-exemple.fr", "DriveCharge Ops",
     "ops@drivecharge.fr", "0320000008", "DriveCharge", "DC1",
     "0,40 €/kWh"),
]

STREET_TYPES = ["rue", "avenue", "boulevard", "place", "route", "chemin", "allée", "impasse", "quai"]
STREET_NAMES = [
    "de la République", "Jean Jaurès", "du Général de Gaulle", "Victor Hugo", "de la Gare",
    "Pasteur", "des Écoles", "du Stade", "de Verdun", "Gambetta", "du Maréchal Foch",
    "de la Mairie", "du Commerce", "des Tilleuls", "de l'Église", "Jules Ferry", "de la Liberté",
    "Charles de Gaulle", "Georges Clemenceau", "des Lilas", "du Moulin", "de la Paix",
    "Émile Zola", "Léon Blum", "Jean Moulin", "de Bordeaux", "de Paris", "du 8 Mai 1945",
    "du 11 Novembre", "des Acacias", "de la Fontaine", "du Château", "Anatole France",
    "Louis Pasteur", "des Peupliers", "du Port", "de l'Industrie", "de la Libération",
]
PLACES = [
    "Mairie", "Gare", "Centre-ville", "Place du Marché", "Salle des fêtes", "Médiathèque",
    "Piscine", "Stade", "Zone commerciale", "Parking relais", "Office de tourisme", "Cimetière",
    "Collège", "Hôpital", "Port", "Parc des expositions", "Halle", "Centre aquatique",
]
IMPLANTATIONS = ["Voirie", "Parking public", "Parking privé à usage public",
                 "Parking privé réservé à la clientèle", "Station dédiée à la recharge rapide"]
PMR = ["Réservé PMR", "Accessible mais non réservé PMR", "Non accessible", "Accessibilité inconnue"]
HORAIRES = ["24/7"] * 7 + ["Mo-Fr 08:00-19:00", "Mo-Sa 07:00-21:00",
                           "Mo-Fr 08:00-12:00,Mo-Fr 14:00-18:00"]
GABARITS = ["Aucune", "Hauteur maximale 2m", "Hauteur maximale 1,90 m", "Pas de restriction",
            "Véhicules légers uniquement"]
OBSERVATIONS = ["", "", "", "", "", "Recharge possible uniquement pendant les heures d'ouverture",
                "Badge de la collectivité accepté", "Câble à apporter par l'usager",
                "Places matérialisées au sol en vert"]
ULID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# (power kW, weight). AC 7.4/22, DC 50/150.
POWERS = [("7.4", 30), ("22", 45), ("50", 12), ("150", 13)]
POWER_VALUES = [p for p, w in POWERS for _ in range(w)]
# PDC per station (weighted; mean about 3.2)
PDC_COUNTS = [1] * 10 + [2] * 40 + [3] * 10 + [4] * 20 + [6] * 10 + [8] * 7 + [10] * 3

SCHEMA = True      # a Table Schema validator (frictionless) reports it
BUSINESS = False   # only a business / geographic check can see it

# kind -> (column, visible to Table Schema validation?)
DEFECTS = [
    ("bool_vrai_faux", None, SCHEMA),          # VRAI / FAUX / oui / non
    ("date_ddmmyyyy", None, SCHEMA),           # 30/12/2021
    ("power_decimal_comma", "puissance_nominale", SCHEMA),  # 7,4 / 22,0
    ("enum_lower_case", None, SCHEMA),         # voirie / accès libre
    ("enum_trailing_space", None, SCHEMA),     # "Parking public "
    ("bad_id", "id_pdc_itinerance", SCHEMA),   # FR*B0W*E..., lower case, too short
    ("empty_required", None, SCHEMA),          # "" in a required column
    ("coords_unbracketed", "coordonneesXY", SCHEMA),      # 0.16,44.50
    ("coords_decimal_comma", "coordonneesXY", SCHEMA),    # [0,16, 44,50]
    ("bad_email", "contact_operateur", SCHEMA),  # no TLD, mailto:, trailing space
    ("horaires_french", "horaires", SCHEMA),   # 24h/24 7j/7
    ("siren_spaces", "siren_amenageur", SCHEMA),  # 130 025 265
    ("coords_swapped", "coordonneesXY", BUSINESS),  # [lat,lon]
    ("power_watts", "puissance_nominale", BUSINESS),  # 22000
    ("insee_is_postcode", "code_insee_commune", BUSINESS),
    ("duplicate_pdc_id", "id_pdc_itinerance", BUSINESS),
    ("nbre_pdc_mismatch", "nbre_pdc", BUSINESS),
    ("phone_lost_zero", "telephone_operateur", BUSINESS),
]
# relative weights of the defect kinds above (same order)
DEFECT_WEIGHTS = [10, 8, 8, 6, 3, 6, 7, 4, 3, 5, 5, 3, 8, 6, 4, 4, 3, 3]

BOOL_COLS = ["prise_type_ef", "prise_type_2", "prise_type_combo_ccs", "prise_type_chademo",
             "prise_type_autre", "gratuit", "paiement_acte", "paiement_cb", "reservation",
             "station_deux_roues", "cable_t2_attache"]
REQUIRED_TEXT_COLS = ["contact_operateur", "nom_enseigne", "nom_station", "adresse_station",
                      "horaires", "restriction_gabarit", "date_maj", "puissance_nominale",
                      "prise_type_2", "id_pdc_itinerance", "coordonneesXY", "condition_acces"]
ENUM_COLS = ["implantation_station", "condition_acces", "accessibilite_pmr"]


def ulid(rng):
    return "01" + "".join(rng.choice(ULID_ALPHABET) for _ in range(24))


def date_str(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d)


class Generator:
    def __init__(self, seed, defect_rate):
        self.rng = random.Random(seed)
        self.drng = random.Random(seed * 7919 + 17)  # separate stream for defects
        self.defect_rate = defect_rate
        self.communes = load_communes()
        weights = [max(1, int(c[5] ** 0.5)) for c in self.communes]
        self.commune_cum = []
        acc = 0
        for w in weights:
            acc += w
            self.commune_cum.append(acc)
        r = random.Random(seed + 1)
        self.networks = []
        for net in NETWORKS:
            siren = luhn_ok_siren("%08d" % r.randint(30000000, 99999999))
            self.networks.append(net + (siren,))
        self.station_no = 0
        self.last_pdc_id = None

    def pick_commune(self):
        return self.rng.choices(self.communes, cum_weights=self.commune_cum)[0]

    def station_rows(self):
        """Yield the rows (lists of str) of one station."""
        rng = self.rng
        self.station_no += 1
        net = self.networks[rng.randrange(len(self.networks))]
        amen, c_amen, oper, c_oper, phone, enseigne, code, tarif, siren = net
        code_insee, cp, cname, lon0, lat0, _pop, rad = self.pick_commune()
        lon = lon0 + rng.uniform(-rad, rad)
        lat = lat0 + rng.uniform(-rad, rad) * 0.7
        coords = "[%.6f,%.6f]" % (lon, lat)
        n = rng.choice(PDC_COUNTS)
        dc = rng.random() < 0.22
        if dc:
            implantation = rng.choice([IMPLANTATIONS[4], IMPLANTATIONS[2], IMPLANTATIONS[1]])
        else:
            implantation = rng.choice(IMPLANTATIONS[:4])
        place = rng.choice(PLACES)
        street = "%d %s %s" % (rng.randint(1, 180), rng.choice(STREET_TYPES), rng.choice(STREET_NAMES))
        address = "%s %s %s" % (street, cp, cname)
        st_id = "FR%sP%s%06d" % (code, code_insee, self.station_no)
        st_local = ulid(rng) if rng.random() < 0.45 else ""
        horaires = "24/7" if dc else rng.choice(HORAIRES)
        pmr = rng.choice(PMR)
        gabarit = rng.choice(GABARITS)
        racc = rng.choice(["Direct", "Direct", "Indirect", ""])
        pdl = "%014d" % rng.randrange(10 ** 13, 10 ** 14) if racc else ""
        dmes = date_str(rng, 2016, 2024)
        dmaj = "2025-%02d-%02d" % (rng.randint(1, 11), rng.randint(1, 28))
        gratuit = "true" if rng.random() < 0.08 else "false"
        reservation = "true" if rng.random() < 0.15 else "false"
        observation = rng.choice(OBSERVATIONS)
        acces = "Accès libre" if rng.random() < 0.85 else "Accès réservé"
        cb = "true" if (dc or rng.random() < 0.4) else "false"
        rows = []
        for k in range(1, n + 1):
            if dc:
                power = rng.choice(["50", "150", "150"])
                ef, t2 = "false", "false"
                ccs = "true"
                chademo = "true" if power == "50" and rng.random() < 0.5 else "false"
                cable = "false"
            else:
                power = rng.choice(["7.4", "22", "22"])
                ef = "true" if rng.random() < 0.5 else "false"
                t2 = "true"
                ccs = chademo = "false"
                cable = "true" if rng.random() < 0.3 else "false"
            pdc_id = "FR%sE%s%06d%02d" % (code, code_insee, self.station_no, k)
            rows.append([
                amen, siren, c_amen, oper, c_oper, phone, enseigne,
                st_id, st_local, "%s - %s" % (cname, place), implantation, address,
                code_insee, coords, str(n), pdc_id, ulid(rng) if st_local else "",
                power, ef, t2, ccs, chademo, "false",
                gratuit, "true", cb, "false", "" if gratuit == "true" else tarif, acces, reservation,
                horaires, pmr, gabarit, "false", racc, pdl, dmes, observation, dmaj, cable,
            ])
        return rows, (lon, lat, cp, code_insee)

    def corrupt(self, row, station_info, row_number):
        """Inject one defect in `row` (in place); return a manifest entry."""
        rng = self.drng
        (kind, column, schema_visible), = rng.choices(DEFECTS, weights=DEFECT_WEIGHTS)
        lon, lat, cp, _insee = station_info
        if kind == "bool_vrai_faux":
            column = rng.choice(BOOL_COLS)
            i = COL[column]
            table = rng.choice([("VRAI", "FAUX"), ("vrai", "faux"), ("oui", "non"), ("Oui", "Non")])
            row[i] = table[0] if row[i] == "true" else table[1]
        elif kind == "date_ddmmyyyy":
            column = rng.choice(["date_maj", "date_mise_en_service"])
            i = COL[column]
            y, m, d = row[i].split("-")
            row[i] = "%s/%s/%s" % (d, m, y)
        elif kind == "power_decimal_comma":
            i = COL[column]
            row[i] = {"7.4": "7,4", "22": "22,0", "50": "50,0", "150": "150,0"}[row[i]]
        elif kind == "enum_lower_case":
            column = rng.choice(ENUM_COLS)
            i = COL[column]
            row[i] = row[i].lower()
        elif kind == "enum_trailing_space":
            column = rng.choice(ENUM_COLS)
            i = COL[column]
            row[i] = row[i] + " "
        elif kind == "bad_id":
            i = COL[column]
            v = row[i]
            style = rng.randrange(3)
            if style == 0:
                row[i] = "FR*%s*%s" % (v[2:5], v[5:])
            elif style == 1:
                row[i] = v.lower()
            else:
                row[i] = v[:5]
        elif kind == "empty_required":
            column = rng.choice(REQUIRED_TEXT_COLS)
            row[COL[column]] = ""
        elif kind == "coords_unbracketed":
            row[COL[column]] = "%.6f,%.6f" % (lon, lat)
        elif kind == "coords_decimal_comma":
            row[COL[column]] = ("[%.6f, %.6f]" % (lon, lat)).replace(".", ",")
        elif kind == "bad_email":
            i = COL[column]
            v = row[i]
            style = rng.randrange(3)
            row[i] = (v.rsplit(".", 1)[0], "mailto:" + v, v + " ")[style]
        elif kind == "horaires_french":
            row[COL[column]] = rng.choice(["24h/24 7j/7", "24h/24", "Lun-Ven 8h00-19h00"])
        elif kind == "siren_spaces":
            i = COL[column]
            v = row[i]
            row[i] = "%s %s %s" % (v[:3], v[3:6], v[6:])
        elif kind == "coords_swapped":
            row[COL[column]] = "[%.6f,%.6f]" % (lat, lon)
        elif kind == "power_watts":
            i = COL[column]
            row[i] = str(int(round(float(row[i]) * 1000)))
        elif kind == "insee_is_postcode":
            row[COL[column]] = cp
            # Corsican postcodes (20xxx) fail the INSEE pattern (2A/2B)
            schema_visible = cp.startswith("20")
        elif kind == "duplicate_pdc_id":
            if self.last_pdc_id is None:
                return None
            row[COL[column]] = self.last_pdc_id
        elif kind == "nbre_pdc_mismatch":
            i = COL[column]
            row[i] = str(int(row[i]) + rng.choice([1, 2, -1 if int(row[i]) > 1 else 3]))
        elif kind == "phone_lost_zero":
            i = COL[column]
            row[i] = row[i].lstrip("0")
        return (row_number, column, kind, "schema" if schema_visible else "business", row[COL[column]])

    def rows(self, n_rows):
        """Yield (row, manifest_entry_or_None) for exactly n_rows data rows."""
        produced = 0
        while produced < n_rows:
            rows, info = self.station_rows()
            rows = rows[: n_rows - produced]
            if len(rows) < int(rows[0][COL["nbre_pdc"]]):
                # last station truncated: keep nbre_pdc consistent in valid mode
                for r in rows:
                    r[COL["nbre_pdc"]] = str(len(rows))
            for r in rows:
                produced += 1
                entry = None
                original_id = r[COL["id_pdc_itinerance"]]
                if self.defect_rate > 0 and self.drng.random() < self.defect_rate:
                    entry = self.corrupt(r, info, produced + 1)
                self.last_pdc_id = original_id  # duplicates copy a *valid* id
                yield r, entry


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--rows", type=int, default=100000, help="data rows (default 100000)")
    ap.add_argument("-s", "--seed", type=int, default=20240206, help="random seed (default 20240206)")
    ap.add_argument("-d", "--defects", type=float, default=0.0,
                    help="probability that a row carries one defect (e.g. 0.05); default 0 = valid file")
    ap.add_argument("-o", "--output", default="-", help="output CSV path (default stdout)")
    ap.add_argument("--delimiter", default=",", help="CSV delimiter (default ',')")
    ap.add_argument("--manifest", help="write the list of injected defects (CSV) to this path")
    args = ap.parse_args(argv)
    if args.rows < 0 or not (0.0 <= args.defects <= 1.0):
        ap.error("--rows must be >= 0 and --defects within [0, 1]")

    gen = Generator(args.seed, args.defects)
    if args.output == "-":
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    else:
        out = open(args.output, "w", encoding="utf-8", newline="")
    manifest = []
    try:
        w = csv.writer(out, delimiter=args.delimiter, lineterminator="\n")
        w.writerow(HEADER)
        batch = []
        for row, entry in gen.rows(args.rows):
            batch.append(row)
            if entry is not None:
                manifest.append(entry)
            if len(batch) >= 5000:
                w.writerows(batch)
                batch.clear()
        w.writerows(batch)
    finally:
        out.flush()
        if args.output != "-":
            out.close()
    if args.manifest:
        with open(args.manifest, "w", encoding="utf-8", newline="") as f:
            mw = csv.writer(f, lineterminator="\n")
            mw.writerow(["row", "column", "kind", "detectable_by", "value"])
            mw.writerows(manifest)
    if args.defects > 0:
        n_schema = sum(1 for e in manifest if e[3] == "schema")
        print("generate.py: %d rows, %d defects injected (%d schema-visible, %d business-only)"
              % (args.rows, len(manifest), n_schema, len(manifest) - n_schema), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
