"""Nationality words and the country or place each points at: "Russian" points at Russia, "Texan"
at Texas (naming/names.place_key, nationality_country; a people's name in lower case)."""

from __future__ import annotations

from desktop.core.lexicon.compass_places import COMPASS_DEMONYMS

# Nationality words to the country they point at (lowercase). Not exhaustive: the names that
# news about conflicts, disasters and politics uses most.
DEMONYMS: dict[str, str] = {
    "afghan": "afghanistan", "albanian": "albania", "algerian": "algeria", "american": "united states",
    "angolan": "angola", "argentine": "argentina", "argentinian": "argentina", "armenian": "armenia",
    "australian": "australia", "austrian": "austria", "azerbaijani": "azerbaijan", "azeri": "azerbaijan",
    "bahraini": "bahrain", "bangladeshi": "bangladesh", "belarusian": "belarus", "belgian": "belgium",
    "bolivian": "bolivia", "bosnian": "bosnia", "brazilian": "brazil", "british": "united kingdom",
    "briton": "united kingdom", "bulgarian": "bulgaria", "burmese": "myanmar", "cambodian": "cambodia",
    "cameroonian": "cameroon", "canadian": "canada", "chilean": "chile", "chinese": "china",
    "colombian": "colombia", "congolese": "congo", "croatian": "croatia", "cuban": "cuba",
    "cypriot": "cyprus", "czech": "czech republic", "danish": "denmark", "dane": "denmark",
    "dutch": "netherlands", "ecuadorian": "ecuador", "egyptian": "egypt", "emirati": "united arab emirates",
    "english": "england", "englishman": "england", "englishwoman": "england", "eritrean": "eritrea",
    "estonian": "estonia", "ethiopian": "ethiopia", "filipino": "philippines", "finnish": "finland",
    "french": "france", "frenchman": "france", "georgian": "georgia", "german": "germany",
    "ghanaian": "ghana", "greek": "greece", "guatemalan": "guatemala", "haitian": "haiti",
    "honduran": "honduras", "hungarian": "hungary", "icelandic": "iceland", "indian": "india",
    "indonesian": "indonesia", "iranian": "iran", "iraqi": "iraq", "irish": "ireland",
    "israeli": "israel", "italian": "italy", "ivorian": "ivory coast", "jamaican": "jamaica",
    "japanese": "japan", "jordanian": "jordan", "kazakh": "kazakhstan", "kenyan": "kenya",
    "korean": "korea", "kosovar": "kosovo", "kuwaiti": "kuwait", "kyrgyz": "kyrgyzstan",
    "latvian": "latvia", "lebanese": "lebanon", "libyan": "libya", "lithuanian": "lithuania",
    "malaysian": "malaysia", "malian": "mali", "maltese": "malta", "mexican": "mexico",
    "moldovan": "moldova", "mongolian": "mongolia", "moroccan": "morocco", "nepalese": "nepal",
    "nepali": "nepal", "new zealander": "new zealand", "nicaraguan": "nicaragua", "nigerian": "nigeria",
    "nigerien": "niger", "norwegian": "norway", "omani": "oman", "pakistani": "pakistan",
    "palestinian": "palestine", "panamanian": "panama", "paraguayan": "paraguay", "persian": "iran",
    "peruvian": "peru", "polish": "poland", "pole": "poland", "portuguese": "portugal",
    "qatari": "qatar", "romanian": "romania", "russian": "russia", "rwandan": "rwanda",
    "salvadoran": "el salvador", "saudi": "saudi arabia", "scottish": "scotland", "scot": "scotland",
    "senegalese": "senegal", "serbian": "serbia", "serb": "serbia", "singaporean": "singapore",
    "slovak": "slovakia", "slovenian": "slovenia", "somali": "somalia", "south african": "south africa",
    "soviet": "soviet union", "spanish": "spain", "spaniard": "spain", "sri lankan": "sri lanka",
    "sudanese": "sudan", "swedish": "sweden", "swede": "sweden", "swiss": "switzerland",
    "syrian": "syria", "taiwanese": "taiwan", "tajik": "tajikistan", "tanzanian": "tanzania",
    "thai": "thailand", "tunisian": "tunisia", "turkish": "turkey", "turk": "turkey",
    "turkmen": "turkmenistan", "ugandan": "uganda", "ukrainian": "ukraine", "uruguayan": "uruguay",
    "uzbek": "uzbekistan", "venezuelan": "venezuela", "vietnamese": "vietnam", "welsh": "wales",
    "yemeni": "yemen", "zambian": "zambia", "zimbabwean": "zimbabwe", "kiwi": "new zealand",
    "texan": "texas", "californian": "california", "floridian": "florida", "new yorker": "new york",
    **COMPASS_DEMONYMS,
}  # fmt: skip
