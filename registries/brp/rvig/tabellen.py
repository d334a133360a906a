"""The code tables the conversion needs, code to omschrijving.

Only the codes that occur in the converted (actual) data. Omschrijvingen as in RvIG's landelijke
tabellen 32, 33, 34, 37 and 38 (published with BRP-API/Haal-Centraal-BRP-bevragen,
scripts/Tabel*.csv) and the Haal Centraal enum tables. An omschrijving the spec's Waardetabel
pattern would reject (a '/') is left out, so that code is delivered without omschrijving.
"""

from __future__ import annotations

GESLACHT = {"M": "man", "V": "vrouw", "O": "onbekend"}
NAAMGEBRUIK = {"E": "eigen geslachtsnaam"}
"""Only E: the official omschrijvingen of N, P and V contain a '/', which the spec's
Waardetabel.omschrijving pattern does not allow, so those are delivered as code only."""
SOORT_VERBINTENIS = {"H": "huwelijk", "P": "geregistreerd partnerschap", ".": "onbekend"}
REDEN_OPSCHORTING = {
    "O": "overlijden",
    "E": "emigratie",
    "M": "ministerieel besluit",
    "R": "pl is aangelegd in de rni",
    "F": "fout",
    ".": "onbekend",
}
FUNCTIE_ADRES = {"W": "woonadres", "B": "briefadres"}
AANDUIDING_BIJ_HUISNUMMER = {"to": "tegenover", "by": "bij"}
EUROPEES_KIESRECHT = {"1": "persoon is uitgesloten", "2": "persoon ontvangt oproep"}
GEZAG_MINDERJARIGE: dict[str, str] = {}
"""Code only: no reliable text source for table 61 at hand."""


def omschrijving(table: dict[str, str], code: str) -> str | None:
    """The omschrijving of ``code`` in ``table``, None when the table does not hold it."""
    return table.get(code)


ADELLIJKE_TITELS = {
    "B": "baron", "BS": "barones", "G": "graaf", "GI": "gravin", "H": "hertog",
    "HI": "hertogin", "JH": "jonkheer", "JV": "jonkvrouw", "M": "markies", "MI": "markiezin",
    "P": "prins", "PS": "prinses", "R": "ridder",
}  # fmt: skip

GEMEENTEN = {
    "0000": "Onbekend", "0003": "Appingedam", "0012": "Ezinge", "0014": "Groningen",
    "0034": "Almere", "0058": "Dongeradeel", "0063": "het Bildt", "0066": "Dokkum",
    "0068": "Ferwerderadeel", "0070": "Franekeradeel", "0077": "Hindeloopen",
    "0079": "Kollumerland en Nieuwkruisland", "0080": "Leeuwarden", "0085": "Ooststellingwerf",
    "0093": "Terschelling", "0109": "Coevorden", "0114": "Emmen", "0122": "Odoorn",
    "0141": "Almelo", "0149": "Denekamp", "0150": "Deventer", "0153": "Enschede",
    "0160": "Hardenberg", "0165": "Holten", "0186": "Vriezenveen", "0193": "Zwolle",
    "0197": "Aalten", "0199": "Angerlo", "0200": "Apeldoorn", "0202": "Arnhem",
    "0207": "Bergh", "0218": "Didam", "0221": "Doesburg", "0225": "Druten", "0226": "Duiven",
    "0228": "Ede", "0229": "Eibergen", "0237": "Gendringen", "0243": "Harderwijk",
    "0248": "Hengelo (Gld)", "0251": "Heteren", "0262": "Lochem", "0268": "Nijmegen",
    "0275": "Rheden", "0281": "Tiel", "0283": "Valburg", "0289": "Wageningen", "0290": "Wamel",
    "0294": "Winterswijk", "0297": "Zaltbommel", "0298": "Zelhem", "0299": "Zevenaar",
    "0300": "Zoelen", "0301": "Zutphen", "0303": "Dronten", "0310": "De Bilt",
    "0338": "Polsbroek", "0344": "Utrecht", "0346": "Vinkeveen en Waverveen", "0355": "Zeist",
    "0361": "Alkmaar", "0363": "Amsterdam", "0364": "Andijk", "0383": "Castricum",
    "0391": "Grootebroek", "0392": "Haarlem", "0394": "Haarlemmermeer",
    "0398": "Heerhugowaard", "0399": "Heiloo", "0400": "Den Helder", "0402": "Hilversum",
    "0405": "Hoorn", "0415": "Landsmeer", "0416": "Langedijk", "0433": "Opperdoes",
    "0459": "Wervershoof", "0471": "Zaandam", "0500": "Brandwijk",
    "0502": "Capelle aan den IJssel", "0512": "Gorinchem", "0513": "Gouda",
    "0518": "'s-Gravenhage", "0519": "'s-Gravenzande", "0530": "Hellevoetsluis",
    "0531": "Hendrik-Ido-Ambacht", "0543": "Langerak", "0545": "Leerdam", "0546": "Leiden",
    "0547": "Leiderdorp", "0548": "Leidschendam", "0551": "Lexmond", "0561": "Molenaarsgraaf",
    "0577": "Nootdorp", "0584": "Oud-Beijerland", "0595": "Reeuwijk", "0599": "Rotterdam",
    "0603": "Rijswijk", "0610": "Sliedrecht", "0619": "Valkenburg (ZH)", "0620": "Vianen",
    "0625": "Voorhout", "0626": "Voorschoten", "0629": "Wassenaar", "0632": "Woerden",
    "0637": "Zoetermeer", "0638": "Zoeterwoude", "0642": "Zwijndrecht",
    "0653": "Gaasterlân-Sleat", "0656": "Brouwershaven", "0663": "Ellewoutsdijk",
    "0664": "Goes", "0684": "Krabbendijke", "0687": "Middelburg", "0693": "Graafstroom",
    "0713": "Sluis (oud)", "0716": "Tholen", "0718": "Vlissingen", "0732": "Zierikzee",
    "0748": "Bergen op Zoom", "0762": "Deurne", "0771": "Eethen", "0772": "Eindhoven",
    "0789": "Halsteren", "0794": "Helmond", "0796": "'s-Hertogenbosch", "0797": "Heusden",
    "0835": "Ravenstein", "0844": "Schijndel", "0855": "Tilburg", "0896": "Borgharen",
    "0901": "Cadier en Keer", "0906": "Geleen", "0909": "Grathem", "0914": "Haelen",
    "0928": "Kerkrade", "0935": "Maastricht", "0939": "Melick en Herkenbosch", "0947": "Neer",
    "0957": "Roermond", "0958": "Roggel", "0959": "Roosteren", "0964": "Sevenum",
    "0968": "Sittard", "0974": "Susteren", "0983": "Venlo", "0988": "Weert", "0990": "Wittem",
    "1000": "Aagtekerke", "1009": "Ambt-Almelo", "1032": "Broeksittard", "1033": "Buggenum",
    "1060": "Genderen", "1088": "Huisseling en Neerloon", "1100": "Laag-Nieuwkoop",
    "1104": "Lithoijen", "1111": "Meeuwen", "1144": "Oudenrijn", "1157": "Ransdorp",
    "1171": "Schin op Geul", "1181": "Sloten (NH)", "1191": "Stad-Hardenberg",
    "1195": "Stellendam", "1202": "Tienhoven (U)", "1210": "Vlaardinger-Ambacht",
    "1221": "Weesperkarspel", "1231": "IJzendoorn", "1235": "Zesgehuchten",
    "1254": "Borssele", "1265": "Meeuwen, Hill en Babyloniënbroek", "1315": "Edam",
    "1676": "Schouwen-Duiveland", "1681": "Borger-Odoorn", "1695": "Noord-Beveland",
    "1700": "Twenterand", "1731": "Midden-Drenthe", "1774": "Dinkelland", "1783": "Westland",
    "1900": "Súdwest-Fryslân", "1901": "Bodegraven-Reeuwijk", "1904": "Stichtse Vecht",
    "1916": "Leidschendam-Voorburg", "1926": "Pijnacker-Nootdorp",
    "1970": "Noardeast-Fryslân", "1999": "Registratie Niet Ingezetenen (RNI)",
}  # fmt: skip

LANDEN = {
    "0000": "Onbekend", "5001": "Canada", "5002": "Frankrijk", "5003": "Zwitserland",
    "5006": "Cuba", "5007": "Suriname", "5010": "België", "5012": "Iran",
    "5013": "Nieuw-Zeeland", "5014": "Zuid-Afrika", "5015": "Denemarken", "5017": "Hongarije",
    "5018": "Saoedi-Arabië", "5020": "Ethiopië", "5022": "Marokko", "5024": "Ghana",
    "5033": "Colombia", "5034": "Albanië", "5039": "Zweden", "5043": "Irak", "5048": "Jemen",
    "5053": "Rusland", "5054": "Armenië", "5056": "Azoren", "5061": "Falklandeilanden",
    "5071": "Pitcairneilanden", "5095": "Aruba", "5100": "Macedonië", "5103": "Servië",
    "5104": "Montenegro", "5106": "Bonaire", "5108": "Saba", "5109": "Sint Eustatius",
    "5112": "Gazastrook en Westelijke Jordaanoever", "5113": "Republiek Noord-Macedonië",
    "6000": "Moldavië", "6003": "Griekenland", "6005": "Nigeria", "6011": "IJsland",
    "6013": "Somalië", "6014": "Verenigde Staten van Amerika", "6015": "Bolivia",
    "6016": "Australië", "6022": "China", "6023": "Afghanistan", "6024": "Indonesië",
    "6027": "Noorwegen", "6029": "Duitsland", "6030": "Nederland", "6037": "Spanje",
    "6038": "Oekraïne", "6039": "Groot-Brittannië", "6042": "Jordanië", "6043": "Turkije",
    "6045": "Joegoslavië", "6047": "Algerije", "6050": "Oezbekistan",
    "6054": "Frans-Polynesië", "6067": "Slowakije", "7002": "Kenya", "7003": "Malta",
    "7009": "Syrië", "7011": "Nederlandse Antillen", "7014": "Egypte", "7015": "Argentinië",
    "7020": "Pakistan", "7024": "Bulgarije", "7028": "Polen", "7034": "Soedan",
    "7035": "Japan", "7036": "Hongkong", "7042": "Thailand", "7044": "Italië", "7046": "India",
    "7047": "Roemenië", "7048": "Tsjecho-Slowakije", "7049": "Peru",
    "7054": "Verenigde Arabische Emiraten", "7064": "Letland", "7070": "Brits-Indië",
    "7088": "Amerikaanse Maagdeneilanden", "8027": "Kiribati", "8031": "Zimbabwe",
    "9003": "Eritrea", "9023": "Namibië", "9027": "Brits-Somaliland",
    "9030": "Nederlands-Indië", "9049": "Sovjet-Unie", "9056": "Marshalleilanden",
    "9071": "Oostenrijk-Hongarije", "9089": "Bondsrepubliek Duitsland",
    "9999": "Internationaal gebied",
}  # fmt: skip

NATIONALITEITEN = {
    "0001": "Nederlandse", "0027": "Slowaakse", "0030": "Georgische", "0034": "Oekraïense",
    "0036": "Moldavische", "0038": "Belarussische", "0041": "Russische", "0042": "Sloveense",
    "0044": "Letse", "0050": "Albanese", "0051": "Andorrese", "0052": "Belgische",
    "0053": "Bulgaarse", "0054": "Deense", "0055": "Burger van de Bondsrepubliek Duitsland",
    "0056": "Finse", "0057": "Franse", "0059": "Griekse", "0060": "Brits burger",
    "0063": "IJslandse", "0067": "Luxemburgse", "0068": "Maltese", "0070": "Noorse",
    "0071": "Oostenrijkse", "0072": "Poolse", "0073": "Portugese", "0074": "Roemeense",
    "0077": "Spaanse", "0080": "Zweedse", "0100": "Algerijnse", "0112": "Egyptische",
    "0114": "Ethiopische", "0131": "Marokkaanse", "0140": "Zuid-Afrikaanse",
    "0149": "Somalische", "0205": "Costa Ricaanse", "0206": "Cubaanse", "0250": "Argentijnse",
    "0263": "Surinaamse", "0307": "Chinese", "0312": "Indiase", "0313": "Indonesische",
    "0315": "Iraanse", "0317": "Japanse", "0324": "Maldivische", "0334": "Saoedi-Arabische",
    "0337": "Thaise", "0339": "Turkse", "0445": "Kiribatische", "0446": "Tuvaluaanse",
}  # fmt: skip

REDENEN_NATIONALITEIT = {
    "000": "Onbekend",
    "001": "Wet op het Nederlanderschap 1892, art. 1, onder a",
    "002": "Wet op het Nederlanderschap 1892, art. 1, onder b",
    "009": "Wet op het Nederlanderschap 1892, art. 3",
    "012": "Wet op het Nederlanderschap 1892, art. 6",
    "013": "Wet op het Nederlanderschap 1892 i.v.m. wijziging 1963, art. 8",
    "014": "Wet op het Nederlanderschap 1892 i.v.m. wijziging 1963, art. 8b",
    "017": "Rijkswet op het Nederlanderschap 1984, art. 3, lid 1",
    "018": "Rijkswet op het Nederlanderschap 1984, art. 3, lid 2",
    "025": "Rijkswet op het Nederlanderschap 1984, art. 6, lid 1, onder a",
    "027": "Rijkswet op het Nederlanderschap 1984, art. 7",
    "030": "Rijkswet op het Nederlanderschap 1984, art. 11",
    "162": "Rijkswet Nederlanderschap 1984 i.v.m. wijziging 2003, art. 5b, lid 2",
    "301": "Vaststelling bezit vreemde nationaliteit",
    "310": "Vaststelling bijzonder Nederlanderschap",
    "311": "Vaststelling onbekende nationaliteit",
    "312": "Vaststelling staatloosheid",
}

VERBLIJFSTITELS: dict[str, str] = {}
"""Left empty: table 56 was not available as text, so verblijfstitels carry their code only."""
