var e=``;function t(t){e=t}var n=()=>`trouwgraph:${e}:sessie`;function r(){let e=sessionStorage.getItem(n());if(!e)return null;let t=JSON.parse(e);return t.verlooptOp<Date.now()?(sessionStorage.removeItem(n()),null):t}function i(e){sessionStorage.setItem(n(),JSON.stringify(e))}function a(){sessionStorage.removeItem(n())}function o(e){let t=e.split(`.`)[1]??``,n=atob(t.replace(/-/g,`+`).replace(/_/g,`/`));return JSON.parse(new TextDecoder().decode(Uint8Array.from(n,e=>e.charCodeAt(0))))}var s=class extends Error{code;opnieuwInloggen;constructor(e,t,n=!1){super(e),this.code=t,this.opnieuwInloggen=n}},c=`../graphql`;function l(e){c=e}var u={NIET_GEAUTHENTICEERD:`U bent niet (meer) ingelogd. Log opnieuw in.`,NIET_TOEGESTAAN:`U mag deze gegevens niet inzien.`,TE_VEEL_VERZOEKEN:`Er zijn te veel verzoeken gedaan. Probeer het over een minuut opnieuw.`};async function d(e,...[t]){let n=r(),i={"Content-Type":`application/json`,Accept:`application/json`};n&&(i.Authorization=`Bearer ${n.token}`);let a;try{a=await fetch(c,{method:`POST`,headers:i,body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new s(`De gemeente is nu niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.`,`NETWERK`)}if(a.status===401)throw new s(u.NIET_GEAUTHENTICEERD,`NIET_GEAUTHENTICEERD`,!0);if(a.status===429)throw new s(u.TE_VEEL_VERZOEKEN,`TE_VEEL_VERZOEKEN`);let o=await a.json().catch(()=>({})),l=o.errors?.[0];if(l||!o.data){let e=l?.extensions?.code??`HTTP_${a.status}`;throw new s(u[e]??`Er ging iets mis bij de gemeente. Probeer het later opnieuw.`,e,e===`NIET_GEAUTHENTICEERD`)}return o.data}function f(e,t={},...n){let r=document.createElement(e);for(let[e,n]of Object.entries(t))n!==void 0&&n!==!1&&(typeof n==`function`?r.addEventListener(e.slice(2),n):n===!0?r.setAttribute(e,``):r.setAttribute(e,String(n)));for(let e of n.flat())e!=null&&e!==!1&&r.append(typeof e==`object`?e:String(e));return r}var p=0;function m(e){return p+=1,`${e}-${p}`}var h=`Europe/Amsterdam`;function g(e){return new Intl.DateTimeFormat(`nl-NL`,{weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,hour:`2-digit`,minute:`2-digit`,timeZone:h}).format(new Date(e))}function ee(e){return new Intl.DateTimeFormat(`nl-NL`,{weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,timeZone:h}).format(new Date(e))}function te(e){return new Intl.DateTimeFormat(`nl-NL`,{hour:`2-digit`,minute:`2-digit`,timeZone:h}).format(new Date(e))}function _(e){return new Intl.DateTimeFormat(`sv-SE`,{timeZone:h}).format(e)}var v=(e,t,n)=>f(`h${e}`,{class:`utrecht-heading-${e}`,id:n,tabindex:e===1?-1:void 0},t),y=(...e)=>f(`p`,{class:`utrecht-paragraph`},...e);function b(e,t,n=`primary-action`){return f(`button`,{type:`button`,class:`utrecht-button utrecht-button--${n}`,onclick:t},e)}function x(e,t=`primary-action`){return f(`button`,{type:`submit`,class:`utrecht-button utrecht-button--${t}`},e)}function S(e,t,n){let r=t.id||m(`veld`);t.id=r;let i=[f(`div`,{class:`utrecht-form-field__label`},f(`label`,{class:`utrecht-form-label`,for:r},e))];if(n){let e=`${r}-omschrijving`;t.setAttribute(`aria-describedby`,e),i.push(f(`div`,{class:`utrecht-form-field-description`,id:e},n))}return i.push(f(`div`,{class:`utrecht-form-field__input`},t)),f(`div`,{class:`utrecht-form-field utrecht-form-field--text`},...i)}function C(e,t,n=!1){let r=m(t);return f(`div`,{class:`utrecht-form-field utrecht-form-field--checkbox`},f(`div`,{class:`utrecht-form-field__input`},f(`input`,{type:`checkbox`,class:`utrecht-checkbox utrecht-checkbox--html-input`,id:r,name:t,checked:n})),f(`div`,{class:`utrecht-form-field__label utrecht-form-field__label--checkbox`},f(`label`,{class:`utrecht-form-label utrecht-form-label--checkbox`,for:r},e)))}function w(e,t={}){return f(`input`,{class:`utrecht-textbox utrecht-textbox--html-input`,name:e,type:`text`,...t})}function ne(e){return f(`dl`,{class:`app-gegevens`},...e.flatMap(([e,t])=>[f(`dt`,{},e),f(`dd`,{},...[t].flat())]))}var T={VOORLOPIG:`Voorlopig gereserveerd`,GERESERVEERD:`Gereserveerd`,GEMELD:`Melding gedaan`,GOEDGEKEURD:`Melding goedgekeurd`,AFGEWEZEN:`Melding afgewezen`,BEVESTIGD:`Bevestigd`,VOLTROKKEN:`Voltrokken`,GEANNULEERD:`Geannuleerd`,VERLOPEN:`Verlopen`},E={HUWELIJK:`Huwelijk`,GEREGISTREERD_PARTNERSCHAP:`Geregistreerd partnerschap`,OMZETTING:`Omzetting van partnerschap in huwelijk`},re={VOLDAAN:`In orde`,NIET_VOLDAAN:`Niet in orde`,HANDMATIGE_BEOORDELING:`De gemeente beoordeelt dit`},ie={GEVRAAGD:`Nog niet ingestemd`,VERLEEND:`Ingestemd`,GEWEIGERD:`Geweigerd`,INGETROKKEN:`Ingetrokken`},ae={OPEN:`Nog niet afgerond`,BETAALD:`Betaald`,DEELS_BETAALD:`Deels betaald`,MISLUKT:`Mislukt`,GEANNULEERD:`Geannuleerd`,VERLOPEN:`Verlopen`,TERUGBETAALD:`Wordt terugbetaald`},oe={ONTVANGEN:`Ontvangen`,IN_BEHANDELING:`In behandeling`,GOEDGEKEURD:`Goedgekeurd`,AFGEWEZEN:`Afgewezen`},se={RESERVEER:`Gereserveerd`,NODIG_PARTNER_UIT:`Partner uitgenodigd`,STEM_IN:`Partner heeft ingestemd`,WEIGER_INSTEMMING:`Partner heeft geweigerd`,WIJZIG_GETUIGEN:`Getuigen gewijzigd`,WIJZIG_RESERVERING:`Reservering gewijzigd`,WIJZIG_DOOR_GEMEENTE:`Gewijzigd door de gemeente`,KIES_NAAMGEBRUIK:`Naamgebruik gekozen`,REGISTREER_TOETSING:`Toetsing vastgelegd`,DOE_MELDING:`Melding gedaan`,NEEM_IN_BEHANDELING:`In behandeling genomen`,KEUR_GOED:`Melding goedgekeurd`,WIJS_AF:`Melding afgewezen`,REGISTREER_BETALING:`Betaling vastgelegd`,BEVESTIG:`Bevestigd`,VOLTREK:`Voltrokken`,ANNULEER:`Geannuleerd`,VERLOOP:`Verlopen`},ce={PARTNER1:`Partner 1`,PARTNER2:`Partner 2`},le={MEERDERJARIG:`Meerderjarig`,IN_LEVEN:`In leven`,BURGERLIJKE_STAAT:`Niet al getrouwd of partner`,CURATELE:`Curatele`,BIJHOUDING:`Inschrijving in de BRP`,NATIONALITEIT:`Nationaliteit`,VERBLIJF:`Verblijf in Nederland`,BLOEDVERWANTSCHAP:`Geen bloedverwanten`,BSN_GELDIG:`Geldig burgerservicenummer`,PERSONEN_UNIEK:`Allemaal verschillende personen`,GETUIGEN_AANTAL:`Aantal getuigen`,GETUIGE_MEERDERJARIG:`Getuige meerderjarig`,EIGEN_BABS_MEERDERJARIG:`Eigen trouwambtenaar meerderjarig`,EIGEN_BABS_CURATELE:`Eigen trouwambtenaar niet onder curatele`,MELDINGSTERMIJN:`Melding op tijd`,LOPENDE_ZAAK:`Geen ander lopend huwelijksdossier`},ue={PARTNER1:`Partner 1`,PARTNER2:`Partner 2`,GETUIGE_1:`Getuige 1`,GETUIGE_2:`Getuige 2`,GETUIGE_3:`Getuige 3`,GETUIGE_4:`Getuige 4`,AMBTENAAR:`Trouwambtenaar`,HUWELIJK:`Het huwelijk`},de={E:`Alleen mijn eigen achternaam`,P:`Alleen de achternaam van mijn partner`,V:`Achternaam van mijn partner, dan mijn eigen`,N:`Mijn eigen achternaam, dan die van mijn partner`},fe={VersieConflict:`Iemand anders heeft de gegevens intussen gewijzigd. Wij hebben ze opnieuw geladen; bekijk ze en probeer het nog eens.`,SlotBezet:`Kies een ander moment of een andere locatie.`,TermijnVerstreken:`Neem contact op met de gemeente als u toch iets wilt wijzigen.`,OngeldigeStatus:`Wij hebben de gegevens opnieuw geladen, zodat u ziet wat nu kan.`,NietToegestaan:`Log in als de juiste persoon, of neem contact op met de gemeente.`,NietGevonden:`Ga terug naar uw overzicht.`,OngeldigeInvoer:`Pas uw invoer aan en probeer het opnieuw.`,EigenLocatieAfgewezen:`Controleer het adres, of kies een locatie van de gemeente.`,BeletselGevonden:`Zo kan het huwelijk niet doorgaan. Neem contact op met de gemeente als u denkt dat dit niet klopt.`};function pe(e,t){let n=[f(`h2`,{class:`utrecht-heading-3`},`Dat is niet gelukt`),y(e.melding)],r=fe[e.__typename];return r&&n.push(y(r)),e.__typename===`BeletselGevonden`&&e.toetsing&&n.push(f(`ul`,{class:`utrecht-unordered-list`},...e.toetsing.filter(e=>e.uitkomst!==`VOLDAAN`).map(e=>f(`li`,{class:`utrecht-unordered-list__item`},`${re[e.uitkomst]}: ${e.reden}`)))),t&&n.push(b(t.tekst,t.doe,`secondary-action`)),D(`error`,n)}function D(e,t){let n=e===`error`?`alert`:`status`;return f(`div`,{class:`utrecht-alert utrecht-alert--${e}`,role:n},f(`div`,{class:`utrecht-alert__content`},f(`div`,{class:`utrecht-alert__message`},...typeof t==`string`?[y(t)]:t)))}var O,k=()=>void 0;function me(e,t){O=e,k=t}var A=()=>O;function j(e){location.hash===e?k():location.hash=e}var he=0;function M(){let e=++he;return(t,...n)=>{e===he&&N(t,...n)}}function N(e,...t){let n=document.getElementById(`pagina`);n.replaceChildren(...t),document.title=`${e} - Gemeente ${O.naam}`,n.querySelector(`h1`)?.focus({preventScroll:!1}),ge()}function ge(){let e=document.getElementById(`account`),t=r();t?e.replaceChildren(f(`span`,{class:`app-ingelogd`},`Ingelogd als ${t.naam}`),Object.assign(b(`Uitloggen`,()=>{a(),j(`#/inloggen`)},`subtle`),{className:`utrecht-button utrecht-button--subtle app-uitloggen`})):e.replaceChildren()}function _e(e){if(e instanceof s&&e.opnieuwInloggen){a(),N(`Opnieuw inloggen`,f(`h1`,{class:`utrecht-heading-1`,tabindex:-1},`Opnieuw inloggen`),D(`warning`,e.message),b(`Naar inloggen`,()=>j(`#/inloggen`)));return}let t=e instanceof s?e.message:`Er ging iets mis. Probeer het later opnieuw.`;N(`Er ging iets mis`,f(`h1`,{class:`utrecht-heading-1`,tabindex:-1},`Er ging iets mis`),D(`error`,t),b(`Opnieuw proberen`,()=>k()))}async function P(e,t,n){e.replaceChildren(y(`Bezig…`));let r;try{r=await t()}catch(t){return e.replaceChildren(D(`error`,t instanceof s?t.message:`Er ging iets mis. Probeer het opnieuw.`)),null}return r.__typename===`HuwelijkGewijzigd`||r.__typename===`BetalingGestart`?(e.replaceChildren(),r.huwelijk??null):(e.replaceChildren(pe(r,n)),e.querySelector(`[role=alert]`)?.focus(),null)}var F=null;function ve(e){F=e}function ye(){let e=F;return F=null,e?D(`ok`,e):null}function I(e,t,...n){return f(`section`,{class:`app-sectie`,"aria-labelledby":t},f(`h2`,{class:`utrecht-heading-2`,id:t},e),...n.filter(e=>e!==null))}async function be(){let e=await fetch(`config.json`,{headers:{Accept:`application/json`}});if(!e.ok)throw Error(`config.json: ${e.status}`);return await e.json()}var L=`trouwgraph:oidc`;function xe(e){let t=``;for(let n of e)t+=String.fromCharCode(n);return btoa(t).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function Se(e){return xe(crypto.getRandomValues(new Uint8Array(e)))}async function Ce(e){let t=await crypto.subtle.digest(`SHA-256`,new TextEncoder().encode(e));return xe(new Uint8Array(t))}function we(){return`${location.origin}${location.pathname}`}async function Te(e,t){let n=Se(48),r=Se(16);sessionStorage.setItem(L,JSON.stringify({verifier:n,state:r,na:t}));let i=new URL(e.autorisatieUrl);i.search=new URLSearchParams({response_type:`code`,client_id:e.clientId,redirect_uri:we(),scope:e.scope,state:r,code_challenge:await Ce(n),code_challenge_method:`S256`}).toString(),location.assign(i.toString())}async function Ee(e,t){let n=t.get(`code`);if(!n&&!t.get(`error`))return null;let r=sessionStorage.getItem(L);if(sessionStorage.removeItem(L),t.get(`error`))throw Error(`Het inloggen is afgebroken.`);if(!r)throw Error(`Deze inlogpoging is niet (meer) bekend. Log opnieuw in.`);let{verifier:i,state:a,na:o}=JSON.parse(r);if(t.get(`state`)!==a)throw Error(`Deze inlogpoging is niet (meer) bekend. Log opnieuw in.`);let s=await fetch(e.tokenUrl,{method:`POST`,headers:{"Content-Type":`application/x-www-form-urlencoded`,Accept:`application/json`},body:new URLSearchParams({grant_type:`authorization_code`,code:n??``,redirect_uri:we(),client_id:e.clientId,code_verifier:i})});if(!s.ok)throw Error(`Inloggen is niet gelukt. Probeer het opnieuw.`);let c=await s.json();return{token:c.access_token,verlooptOp:Date.now()+(c.expires_in??3600)*1e3,na:o}}var R=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new R(`
    fragment BedragVelden on Bedrag {
  centen
  weergave
}
    `,{fragmentName:`BedragVelden`}),new R(`
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
    `,{fragmentName:`ToetsuitkomstVelden`}),new R(`
    fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}`,{fragmentName:`HuwelijkVelden`}),new R(`
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}`,{fragmentName:`ProbleemVelden`}),new R(`
    fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}`,{fragmentName:`HuwelijkResultaatVelden`});var De=new R(`
    query Huwelijken($filter: HuwelijkenFilter, $first: Int! = 20, $after: String) {
  huwelijken(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        versie
        soort
        status
        moment {
          start
        }
        ceremonie {
          naam
        }
        locatie {
          soort
          locatie {
            naam
          }
          omschrijving
        }
        melding {
          status
        }
      }
    }
  }
}
    `),Oe=new R(`
    query HuwelijkDossier($id: ID!) {
  huwelijk(id: $id) {
    ...HuwelijkVelden
    melding {
      verklaringen {
        rol
        gegevensNaarWaarheid
        nietEldersGehuwd
        nietUitsluitendVoorVerblijf
        bloedverwantDerdeOfVierdeGraad
        beedigdeVerklaringBloedverwantschap
      }
    }
    toetsing {
      gegevens
    }
    historie {
      op
      door
      gebeurtenis
      van
      naar
      reden
    }
    zaakregistratie {
      status
      zaakUrl
    }
  }
}
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}`),ke=new R(`
    mutation BeoordeelMelding($id: ID!, $versie: Int!, $goedgekeurd: Boolean!, $reden: String) {
  beoordeelMelding(
    id: $id
    versie: $versie
    goedgekeurd: $goedgekeurd
    reden: $reden
  ) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),Ae=new R(`
    mutation RegistreerBetaling($id: ID!, $versie: Int!, $bedragInCenten: Int!, $referentie: String!) {
  registreerBetaling(
    id: $id
    versie: $versie
    bedragInCenten: $bedragInCenten
    referentie: $referentie
  ) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),je=new R(`
    mutation MarkeerVoltrokken($id: ID!, $versie: Int!) {
  markeerVoltrokken(id: $id, versie: $versie) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`);new R(`
    query Ik {
  ik {
    burgerservicenummer
    naam {
      volledigeNaam
    }
  }
}
    `);var Me=new R(`
    query Aanbod {
  ceremonietypen {
    code
    naam
    omschrijving
    duurMinuten
    maxGasten
    alleenNaMelding
    babsKeuzeToegestaan
    eigenLocatieToegestaan
    prijs {
      ...BedragVelden
    }
  }
  locaties {
    id
    naam
    adres
    capaciteit
    soort
    prijs {
      ...BedragVelden
    }
  }
  ambtenaren {
    id
    naam
  }
  extras {
    code
    naam
    prijs {
      ...BedragVelden
    }
  }
}
    fragment BedragVelden on Bedrag {
  centen
  weergave
}`),Ne=new R(`
    query Beschikbaarheid($van: Date!, $tot: Date!, $ceremonietype: String!, $locatie: ID, $ambtenaar: ID) {
  beschikbaarheid(
    van: $van
    tot: $tot
    ceremonietype: $ceremonietype
    locatie: $locatie
    ambtenaar: $ambtenaar
  ) {
    datum
    aantalTijdsloten
    laagstePrijs {
      ...BedragVelden
    }
  }
}
    fragment BedragVelden on Bedrag {
  centen
  weergave
}`),Pe=new R(`
    query Tijdsloten($datum: Date!, $ceremonietype: String!, $locatie: ID, $ambtenaar: ID) {
  tijdsloten(
    datum: $datum
    ceremonietype: $ceremonietype
    locatie: $locatie
    ambtenaar: $ambtenaar
  ) {
    start
    eind
    locatie {
      id
      naam
    }
    ambtenaren {
      id
      naam
    }
    prijs {
      ...BedragVelden
    }
  }
}
    fragment BedragVelden on Bedrag {
  centen
  weergave
}`),Fe=new R(`
    query MijnHuwelijken {
  mijnHuwelijken {
    id
    versie
    soort
    status
    moment {
      start
    }
    ceremonie {
      naam
    }
  }
}
    `),z=new R(`
    query Huwelijk($id: ID!) {
  huwelijk(id: $id) {
    ...HuwelijkVelden
  }
}
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}`),Ie=new R(`
    mutation Reserveer($invoer: ReserveerInvoer!) {
  reserveer(invoer: $invoer) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),Le=new R(`
    mutation NodigPartnerUit($id: ID!, $versie: Int!, $burgerservicenummer: BSN!) {
  nodigPartnerUit(
    id: $id
    versie: $versie
    burgerservicenummer: $burgerservicenummer
  ) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),Re=new R(`
    mutation StemIn($id: ID!, $versie: Int!) {
  stemIn(id: $id, versie: $versie) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),ze=new R(`
    mutation WeigerInstemming($id: ID!, $versie: Int!) {
  weigerInstemming(id: $id, versie: $versie) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),Be=new R(`
    mutation VoegGetuigeToe($id: ID!, $versie: Int!, $getuige: GetuigeInvoer!) {
  voegGetuigeToe(id: $id, versie: $versie, getuige: $getuige) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),Ve=new R(`
    mutation VerwijderGetuige($id: ID!, $versie: Int!, $volgnummer: Int!) {
  verwijderGetuige(id: $id, versie: $versie, volgnummer: $volgnummer) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),He=new R(`
    mutation KiesAmbtenaar($id: ID!, $versie: Int!, $ambtenaar: AmbtenaarKeuzeInvoer!) {
  kiesAmbtenaar(id: $id, versie: $versie, ambtenaar: $ambtenaar) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),Ue=new R(`
    mutation KiesLocatie($id: ID!, $versie: Int!, $locatie: LocatieKeuzeInvoer!) {
  kiesLocatie(id: $id, versie: $versie, locatie: $locatie) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`);new R(`
    mutation WijzigMoment($id: ID!, $versie: Int!, $start: DateTime!) {
  wijzigMoment(id: $id, versie: $versie, start: $start) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`);var We=new R(`
    mutation KiesNaamgebruik($id: ID!, $versie: Int!, $partner: Partnerrol!, $naamgebruik: Naamgebruik!) {
  kiesNaamgebruik(
    id: $id
    versie: $versie
    partner: $partner
    naamgebruik: $naamgebruik
  ) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),Ge=new R(`
    mutation DoeMelding($id: ID!, $versie: Int!, $verklaringen: [VerklaringInvoer!]!) {
  doeMelding(id: $id, versie: $versie, verklaringen: $verklaringen) {
    __typename
    ... on HuwelijkGewijzigd {
      huwelijk {
        ...HuwelijkVelden
      }
    }
    ... on Probleem {
      ...ProbleemVelden
    }
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}`),Ke=new R(`
    mutation StartBetaling($id: ID!, $versie: Int!) {
  startBetaling(id: $id, versie: $versie) {
    __typename
    ... on BetalingGestart {
      checkoutUrl
      huwelijk {
        ...HuwelijkVelden
      }
    }
    ... on Probleem {
      ...ProbleemVelden
    }
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}`),qe=new R(`
    mutation Bevestig($id: ID!, $versie: Int!) {
  bevestig(id: $id, versie: $versie) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),Je=new R(`
    mutation Annuleer($id: ID!, $versie: Int!, $reden: String) {
  annuleer(id: $id, versie: $versie, reden: $reden) {
    ...HuwelijkResultaatVelden
  }
}
    fragment ProbleemVelden on Probleem {
  code
  melding
  ... on VersieConflict {
    huidigeVersie
  }
  ... on OngeldigeStatus {
    huidigeStatus
  }
  ... on BeletselGevonden {
    toetsing {
      ...ToetsuitkomstVelden
    }
  }
}
fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
fragment BedragVelden on Bedrag {
  centen
  weergave
}
fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeActies
  moment {
    start
    eind
  }
  ceremonie {
    code
    naam
  }
  partners {
    rol
    isIk
    burgerservicenummer
    naamgebruik
    instemming {
      status
      op
    }
  }
  getuigen {
    volgnummer
    gemeentelijk
    burgerservicenummer
  }
  ambtenaar {
    keuze
    ambtenaar {
      id
      naam
    }
    eigenBabs {
      naam
    }
  }
  locatie {
    soort
    locatie {
      id
      naam
      adres
    }
    adres {
      straat
      huisnummer
      huisletter
      toevoeging
      postcode
      woonplaats
    }
    omschrijving
  }
  extras {
    code
    naam
  }
  prijs {
    regels {
      code
      omschrijving
      bedrag {
        ...BedragVelden
      }
    }
    totaal {
      ...BedragVelden
    }
  }
  melding {
    status
    ingediendOp
    beoordeeldOp
    reden
  }
  toetsing {
    ...ToetsuitkomstVelden
  }
  betaling {
    status
    referentie
    op
    bedrag {
      ...BedragVelden
    }
  }
}
fragment HuwelijkResultaatVelden on HuwelijkResultaat {
  __typename
  ... on HuwelijkGewijzigd {
    huwelijk {
      ...HuwelijkVelden
    }
  }
  ... on Probleem {
    ...ProbleemVelden
  }
}`),Ye=40;async function Xe(e){let t=M();t(`Betaling`,v(1,`Uw betaling`),y(`Wij wachten op de uitslag van uw betaling…`));let n=sessionStorage.getItem(`trouwgraph:vorige-betaling:${e}`)??``,r=e=>e.betaling!==null&&e.betaling.referentie!==n,i=(await d(z,{id:e})).huwelijk;for(let t=0;t<Ye&&(!i.betaling||i.betaling.status===`OPEN`);t+=1)await new Promise(e=>setTimeout(e,500)),i=(await d(z,{id:e})).huwelijk;let a=f(`p`,{class:`utrecht-paragraph`},f(`a`,{class:`utrecht-link`,href:`#/zaak/${e}`},`Naar uw huwelijk of partnerschap`));r(i)&&i.betaling?.status===`BETAALD`?t(`Betaling gelukt`,v(1,`Uw betaling is gelukt`),D(`ok`,`Wij hebben ${i.betaling.bedrag.weergave} ontvangen. Bevestig nu uw huwelijk of partnerschap.`),b(`Verder naar bevestigen`,()=>j(`#/zaak/${e}`)),a):i.betaling&&[`MISLUKT`,`GEANNULEERD`,`VERLOPEN`].includes(i.betaling.status)?t(`Betaling mislukt`,v(1,`Uw betaling is niet gelukt`),D(`error`,`Er is niets afgeschreven. U kunt het opnieuw proberen.`),b(`Opnieuw betalen`,()=>j(`#/zaak/${e}`)),a):t(`Betaling onbekend`,v(1,`Wij weten nog niet of uw betaling is gelukt`),I(`Wat nu?`,`wat-nu`,y(`De uitslag van de betaalprovider is nog niet binnen. Controleer het over een paar minuten opnieuw; betaal niet nog eens.`)),b(`Opnieuw controleren`,()=>void Xe(e)),a)}function Ze(e){let t=e.locatie;return t.locatie?`${t.locatie.naam}, ${t.locatie.adres}`:t.adres?`Eigen locatie: ${t.adres.straat} ${t.adres.huisnummer}${t.adres.huisletter??``}${t.adres.toevoeging?`-${t.adres.toevoeging}`:``}, ${t.adres.postcode} ${t.adres.woonplaats}`:`Eigen locatie: ${t.omschrijving??``}`}function Qe(e){let t=e.ambtenaar;return t.keuze===`EIGEN`?`Eigen trouwambtenaar: ${t.eigenBabs?.naam??``}`:t.keuze===`KEUZE`?`Gekozen: ${t.ambtenaar?.naam??``}`:t.ambtenaar?`Toegewezen door de gemeente: ${t.ambtenaar.naam}`:`De gemeente wijst een trouwambtenaar toe`}function $e(e){let t=[[`Status`,f(`span`,{class:`utrecht-badge-status app-status`,"data-status":e.status},T[e.status])],[`Soort`,E[e.soort]],[`Ceremonie`,e.ceremonie.naam],[`Datum en tijd`,`${g(e.moment.start)} uur`],[`Locatie`,Ze(e)],[`Trouwambtenaar`,Qe(e)]];return e.verlooptOp&&t.push([`Geldig tot`,`${g(e.verlooptOp)} uur`]),e.melding&&t.push([`Melding`,`${oe[e.melding.status]}${e.melding.reden?`: ${e.melding.reden}`:``}`]),e.betaling&&t.push([`Betaling`,`${ae[e.betaling.status]} (${e.betaling.bedrag.weergave})`]),f(`section`,{class:`app-sectie`,"aria-labelledby":`samenvatting`},v(2,`Gegevens`,`samenvatting`),ne(t))}function et(e){return f(`section`,{class:`app-sectie`,"aria-labelledby":`partners`},v(2,`Partners`,`partners`),f(`ul`,{class:`utrecht-unordered-list`},...e.partners.map(e=>f(`li`,{class:`utrecht-unordered-list__item`},`${ce[e.rol]}${e.isIk?` (u)`:``}: ${ie[e.instemming.status]}`))),e.getuigen.length>0?f(`div`,{},v(3,`Getuigen`),f(`ul`,{class:`utrecht-unordered-list`},...e.getuigen.map(e=>f(`li`,{class:`utrecht-unordered-list__item`},`Getuige ${e.volgnummer}: ${e.gemeentelijk?`getuige van de gemeente`:`BSN ${e.burgerservicenummer??``}`}`)))):null)}function tt(e){return f(`section`,{class:`app-sectie`,"aria-labelledby":`prijs`},v(2,`Kosten`,`prijs`),f(`table`,{class:`utrecht-table`},f(`caption`,{class:`utrecht-table__caption`},`Wat het kost`),f(`thead`,{class:`utrecht-table__header`},f(`tr`,{class:`utrecht-table__row`},f(`th`,{class:`utrecht-table__header-cell`,scope:`col`},`Onderdeel`),f(`th`,{class:`utrecht-table__header-cell utrecht-table__header-cell--numeric`,scope:`col`},`Bedrag`))),f(`tbody`,{class:`utrecht-table__body`},...e.prijs.regels.map(e=>f(`tr`,{class:`utrecht-table__row`},f(`td`,{class:`utrecht-table__cell`},e.omschrijving),f(`td`,{class:`utrecht-table__cell utrecht-table__cell--numeric`},e.bedrag.weergave)))),f(`tfoot`,{class:`utrecht-table__footer`},f(`tr`,{class:`utrecht-table__row`},f(`th`,{class:`utrecht-table__header-cell`,scope:`row`},`Totaal`),f(`td`,{class:`utrecht-table__cell utrecht-table__cell--numeric`},e.prijs.totaal.weergave)))))}function nt(e){return e.toetsing.length===0?null:f(`section`,{class:`app-sectie`,"aria-labelledby":`toetsing`},v(2,`Resultaten van de toetsing`,`toetsing`),f(`table`,{class:`utrecht-table`},f(`caption`,{class:`utrecht-table__caption`},`Wat de gemeente heeft gecontroleerd`),f(`thead`,{class:`utrecht-table__header`},f(`tr`,{class:`utrecht-table__row`},...[`Wie`,`Controle`,`Uitkomst`,`Uitleg`].map(e=>f(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),f(`tbody`,{class:`utrecht-table__body`},...e.toetsing.map(e=>f(`tr`,{class:`utrecht-table__row`},f(`td`,{class:`utrecht-table__cell`},ue[e.betreft]),f(`td`,{class:`utrecht-table__cell`},le[e.regel]),f(`td`,{class:`utrecht-table__cell`},re[e.uitkomst]),f(`td`,{class:`utrecht-table__cell`},e.reden))))))}function B(e,t){e&&(ve(t),j(`#/medewerker/zaak/${e.id}`))}var V=e=>({tekst:`Gegevens opnieuw laden`,doe:()=>j(`#/medewerker/zaak/${e.id}`)});function rt(e,t,n,r=`primary-action`){let i=f(`div`,{"aria-live":`polite`}),a=f(`form`,{class:`utrecht-form`},...t,x(e,r),i);return a.addEventListener(`submit`,e=>{e.preventDefault(),n(new FormData(a),i)}),a}function it(e){if(e.status!==`GEMELD`)return null;let t=f(`div`,{"aria-live":`polite`}),n=f(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3}),r=r=>{let i=n.value.trim();!r&&!i?(t.replaceChildren(f(`p`,{class:`utrecht-form-field-error-message`,role:`alert`},`Geef een reden om de melding af te wijzen.`)),n.focus()):P(t,async()=>(await d(ke,{id:e.id,versie:e.versie,goedgekeurd:r,reden:i||null})).beoordeelMelding,V(e)).then(e=>B(e,r?`De melding is goedgekeurd.`:`De melding is afgewezen.`))};return I(`Melding beoordelen`,`beoordelen`,y(`Bekijk de resultaten van de toetsing en de verklaringen. Keur de melding goed of wijs haar af met een reden.`),S(`Reden (verplicht bij afwijzen)`,n),f(`div`,{class:`utrecht-button-group`},b(`Melding goedkeuren`,()=>r(!0)),b(`Melding afwijzen`,()=>r(!1),`secondary-action`)),t)}function at(e){return e.status!==`GOEDGEKEURD`||e.betaling?.status===`BETAALD`||e.prijs.totaal.centen===0?null:I(`Betaling aan de balie`,`balie`,rt(`Betaling vastleggen`,[S(`Bedrag in euro`,w(`bedrag`,{inputmode:`decimal`,value:(e.prijs.totaal.centen/100).toFixed(2).replace(`.`,`,`),required:!0})),S(`Referentie (bonnummer)`,w(`referentie`,{required:!0,autocomplete:`off`}))],(t,n)=>{let r=Math.round(Number.parseFloat(String(t.get(`bedrag`)).replace(`,`,`.`))*100);P(n,async()=>(await d(Ae,{id:e.id,versie:e.versie,bedragInCenten:r,referentie:String(t.get(`referentie`)).trim()})).registreerBetaling,V(e)).then(e=>B(e,`De betaling is vastgelegd.`))}))}function ot(e){if(e.status!==`BEVESTIGD`)return null;let t=f(`div`,{"aria-live":`polite`});return I(`Ceremonie`,`voltrekken`,y(`Is de ceremonie voltrokken? Leg dat hier vast.`),b(`Markeer als voltrokken`,()=>void P(t,async()=>(await d(je,{id:e.id,versie:e.versie})).markeerVoltrokken,V(e)).then(e=>B(e,`De ceremonie is als voltrokken vastgelegd.`))),t)}function st(e){return e.mogelijkeActies.includes(`ANNULEER`)?I(`Annuleren`,`annuleren`,rt(`Huwelijk annuleren`,[S(`Reden van annuleren`,f(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3,required:!0}))],(t,n)=>void P(n,async()=>(await d(Je,{id:e.id,versie:e.versie,reden:String(t.get(`reden`))})).annuleer,V(e)).then(e=>B(e,`Het huwelijk is geannuleerd.`)),`secondary-action`)):null}function ct(e){return I(`Historie`,`historie`,f(`table`,{class:`utrecht-table`},f(`caption`,{class:`utrecht-table__caption`},`Elke wijziging van deze zaak`),f(`thead`,{class:`utrecht-table__header`},f(`tr`,{class:`utrecht-table__row`},...[`Wanneer`,`Door`,`Wat`,`Status`,`Reden`].map(e=>f(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),f(`tbody`,{class:`utrecht-table__body`},...e.historie.map(e=>f(`tr`,{class:`utrecht-table__row`},f(`td`,{class:`utrecht-table__cell`},g(e.op)),f(`td`,{class:`utrecht-table__cell`},e.door),f(`td`,{class:`utrecht-table__cell`},e.gebeurtenis?se[e.gebeurtenis]:``),f(`td`,{class:`utrecht-table__cell`},`${e.van?`${T[e.van]} → `:``}${T[e.naar]}`),f(`td`,{class:`utrecht-table__cell`},e.reden??``))))))}function lt(e){let t=e.melding?.verklaringen??[];if(t.length===0)return null;let n=e=>e?`ja`:`nee`;return I(`Verklaringen`,`verklaringen`,f(`ul`,{class:`utrecht-unordered-list`},...t.map(e=>f(`li`,{class:`utrecht-unordered-list__item`},`${e.rol===`PARTNER1`?`Partner 1`:`Partner 2`}: naar waarheid ${n(e.gegevensNaarWaarheid)}, niet elders gehuwd ${n(e.nietEldersGehuwd)}, niet alleen voor verblijf ${n(e.nietUitsluitendVoorVerblijf)}, bloedverwant 3e/4e graad ${n(e.bloedverwantDerdeOfVierdeGraad)}`))))}async function ut(e){let t=M(),{huwelijk:n}=await d(Oe,{id:e});t(`Zaak`,v(1,`Zaak van ${g(n.moment.start)}`),...[ye(),$e(n),et(n),nt(n),lt(n),tt(n),it(n),at(n),ot(n),st(n),ct(n)].filter(e=>e!==null),f(`p`,{class:`utrecht-paragraph`},f(`a`,{class:`utrecht-link`,href:`#/medewerker`},`Terug naar de lijst`)))}async function dt(e,t,n){let r=A(),a=r.demo,o={rol:e,gemeente:r.gemeentecode};t&&(o.bsn=t);let s=await fetch(a.tokenUrl,{method:`POST`,headers:{"Content-Type":`application/json`},body:JSON.stringify(o)});if(!s.ok)throw Error(`inloggen mislukt`);let c=await s.json();i({token:c.access_token,rol:e,naam:n,verlooptOp:Date.now()+c.expires_in*1e3}),j(e===`medewerker`?`#/medewerker`:`#/`)}function H(e=`#/`,t){let n=M(),r=A(),i=[v(1,`Inloggen`)];if(t&&i.push(D(`error`,t)),i.push(y(`Plan uw huwelijk of geregistreerd partnerschap in de gemeente ${r.naam}. Log in om te beginnen.`)),r.demo)i.push(D(`info`,`Dit is een demonstratie. U logt in als een testpersoon uit de BRP-testset; er worden geen echte gegevens gebruikt.`),v(2,`Inloggen als inwoner`),f(`ul`,{class:`app-keuzelijst`},...r.demo.testpersonen.map(e=>f(`li`,{},b(`Inloggen als ${e.naam}`,()=>void dt(`burger`,e.bsn,e.naam),`secondary-action`),f(`span`,{class:`app-toelichting`},` ${e.toelichting}`)))),v(2,`Inloggen als medewerker`),y(b(`Inloggen als medewerker burgerzaken`,()=>void dt(`medewerker`,null,`Medewerker burgerzaken`),`secondary-action`)));else if(r.oidc){let t=r.oidc;i.push(y(b(`Inloggen met DigiD`,()=>void Te(t,e))),y(`Medewerkers loggen in met hun account van de gemeente via dezelfde knop.`))}else i.push(D(`warning`,`Inloggen is voor deze gemeente niet ingesteld. Neem contact op met de gemeente.`));n(`Inloggen`,...i)}function ft(e,t){let n=o(e),r=n[A().oidc?.rolClaim??`rol`]===`medewerker`?`medewerker`:`burger`;i({token:e,rol:r,naam:typeof n.name==`string`?n.name:r===`medewerker`?`Medewerker`:`Inwoner`,verlooptOp:t})}var pt=10,U={filter:{},cursors:[null]};async function mt(){let e=M(),t=f(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`status`},f(`option`,{value:``},`Alle statussen`),...Object.keys(T).map(e=>f(`option`,{value:e,selected:U.filter.status?.[0]===e},T[e]))),n=f(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`van`}),r=f(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`tot`}),i=f(`form`,{class:`utrecht-form app-filters`,role:`search`,"aria-label":`Huwelijken zoeken`},S(`Status`,t),S(`Ceremonie vanaf`,n),S(`Ceremonie vóór`,r),x(`Zoeken`)),a=f(`div`,{"aria-live":`polite`});i.addEventListener(`submit`,e=>{e.preventDefault();let t=new FormData(i),n={};t.get(`status`)&&(n.status=[String(t.get(`status`))]),t.get(`van`)&&(n.van=new Date(`${String(t.get(`van`))}T00:00:00`).toISOString()),t.get(`tot`)&&(n.tot=new Date(`${String(t.get(`tot`))}T00:00:00`).toISOString()),U={filter:n,cursors:[null]},W(a)}),e(`Huwelijken`,v(1,`Huwelijken en partnerschappen`),i,a),await W(a)}async function W(e){let t=U.cursors.at(-1)??null,{huwelijken:n}=await d(De,{filter:U.filter,first:pt,after:t}),r=U.cursors.length,i=n.edges.map(({node:e})=>f(`tr`,{class:`utrecht-table__row`},f(`td`,{class:`utrecht-table__cell`},f(`a`,{class:`utrecht-link`,href:`#/medewerker/zaak/${e.id}`},`${g(e.moment.start)}`)),f(`td`,{class:`utrecht-table__cell`},E[e.soort]),f(`td`,{class:`utrecht-table__cell`},e.ceremonie.naam),f(`td`,{class:`utrecht-table__cell`},e.locatie.locatie?.naam??`Eigen locatie`),f(`td`,{class:`utrecht-table__cell`},T[e.status]),f(`td`,{class:`utrecht-table__cell`},e.melding?oe[e.melding.status]:`Nog geen melding`))),a=f(`nav`,{class:`utrecht-pagination`,"aria-label":`Paginering`},r>1?b(`Vorige pagina`,()=>{U.cursors.pop(),W(e)},`secondary-action`):null,f(`span`,{class:`app-paginanummer`},` Pagina ${r} van ${Math.max(1,Math.ceil(n.totalCount/pt))} `),n.pageInfo.hasNextPage?b(`Volgende pagina`,()=>{U.cursors.push(n.pageInfo.endCursor),W(e)},`secondary-action`):null);e.replaceChildren(y(`${n.totalCount} gevonden.`),i.length===0?y(`Geen huwelijken die aan uw zoekopdracht voldoen.`):f(`div`,{class:`utrecht-table-container`},f(`table`,{class:`utrecht-table`},f(`caption`,{class:`utrecht-table__caption`},`Huwelijken op volgorde van datum`),f(`thead`,{class:`utrecht-table__header`},f(`tr`,{class:`utrecht-table__row`},...[`Datum en tijd`,`Soort`,`Ceremonie`,`Locatie`,`Status`,`Melding`].map(e=>f(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),f(`tbody`,{class:`utrecht-table__body`},...i))),a)}async function ht(){let e=M(),{mijnHuwelijken:t}=await d(Fe),n=t.filter(e=>![`GEANNULEERD`,`VERLOPEN`,`VOLTROKKEN`].includes(e.status)),r=[v(1,`Mijn huwelijk of partnerschap`)];t.length===0?r.push(y(`U heeft nog geen huwelijk of partnerschap gepland.`)):r.push(f(`ul`,{class:`app-zaken`},...t.map(e=>f(`li`,{class:`app-zaak`},f(`a`,{class:`utrecht-link`,href:`#/zaak/${e.id}`},`${E[e.soort]} op ${g(e.moment.start)}`),f(`span`,{class:`utrecht-badge-status app-status`},T[e.status]))))),n.length===0&&r.push(y(b(`Plan een huwelijk of partnerschap`,()=>j(`#/plannen`)))),e(`Mijn huwelijk of partnerschap`,...r)}var gt=7;function G(e,t,n,r,i){let a=m(e);return f(`div`,{class:`utrecht-form-field utrecht-form-field--radio`},f(`div`,{class:`utrecht-form-field__input`},f(`input`,{type:`radio`,class:`utrecht-radio-button utrecht-radio-button--html-input`,name:e,id:a,value:t,checked:r,required:!0})),f(`div`,{class:`utrecht-form-field__label utrecht-form-field__label--radio`},f(`label`,{class:`utrecht-form-label utrecht-form-label--radio`,for:a},n),i?f(`div`,{class:`utrecht-form-field-description`},i):null))}function K(e,...t){return f(`fieldset`,{class:`utrecht-form-fieldset`},f(`legend`,{class:`utrecht-form-fieldset__legend`},e),...t)}async function _t(){let e=M(),t=await d(Me),n=f(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`vanaf`,value:_(new Date(Date.now()+18144e5)),required:!0}),r=f(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`locatie`},f(`option`,{value:``},`Alle locaties`),...t.locaties.map(e=>f(`option`,{value:e.id},e.naam))),i=f(`form`,{class:`utrecht-form`,novalidate:!1},K(`Wat wilt u?`,...[`HUWELIJK`,`GEREGISTREERD_PARTNERSCHAP`,`OMZETTING`].map((e,t)=>G(`soort`,e,E[e],t===0))),K(`Welke ceremonie?`,...t.ceremonietypen.map((e,t)=>G(`ceremonietype`,e.code,`${e.naam} (${e.prijs.weergave})`,t===0,e.omschrijving))),S(`Vanaf welke datum zoekt u?`,n,`Wij tonen de vrije momenten van ${gt} dagen.`),S(`Locatie`,r),x(`Vrije momenten zoeken`)),a=f(`div`,{"aria-live":`polite`});i.addEventListener(`submit`,e=>{e.preventDefault(),vt(t,new FormData(i),a)}),e(`Plannen`,v(1,`Een huwelijk of partnerschap plannen`),y(`Kies wat u wilt en wanneer. U reserveert eerst voorlopig; daarna nodigt u uw partner uit.`),i,a)}async function vt(e,t,n){let r=String(t.get(`vanaf`)),i=_(new Date(new Date(`${r}T12:00:00Z`).getTime()+5184e5)),a=String(t.get(`ceremonietype`));n.replaceChildren(y(`Bezig met zoeken…`));let o=String(t.get(`locatie`)||``)||null,{beschikbaarheid:s}=await d(Ne,{van:r,tot:i,ceremonietype:a,locatie:o});if(s.length===0){n.replaceChildren(v(2,`Geen vrije momenten`),y(`In deze periode is niets vrij. Kies een latere datum of een andere locatie.`));return}let c=await Promise.all(s.map(async e=>(await d(Pe,{datum:e.datum,ceremonietype:a,locatie:o})).tijdsloten)),l=new Map;for(let[e,t]of c.entries())t.length>0&&l.set(s[e].datum,t);let u=f(`form`,{class:`utrecht-form`},v(2,`Kies een moment`),...[...l.values()].map(e=>K(ee(e[0].start),...e.map(e=>G(`slot`,`${e.start}|${e.locatie.id}`,`${te(e.start)} uur, ${e.locatie.naam}, ${e.prijs.weergave}`,!1)))),e.extras.length>0?K(`Extra's (niet verplicht)`,...e.extras.map(e=>{let t=m(`extra`);return f(`div`,{class:`utrecht-form-field utrecht-form-field--checkbox`},f(`div`,{class:`utrecht-form-field__input`},f(`input`,{type:`checkbox`,class:`utrecht-checkbox utrecht-checkbox--html-input`,name:`extra`,value:e.code,id:t})),f(`div`,{class:`utrecht-form-field__label`},f(`label`,{class:`utrecht-form-label`,for:t},`${e.naam} (${e.prijs.weergave})`)))})):null,x(`Voorlopig reserveren`)),p=f(`div`);u.addEventListener(`submit`,r=>{r.preventDefault();let i=new FormData(u),[o,s]=String(i.get(`slot`)??``).split(`|`);o&&s&&P(p,async()=>(await d(Ie,{invoer:{soort:String(t.get(`soort`)),ceremonietype:a,start:o,locatie:{locatieId:s},ambtenaar:{toegewezen:!0},extras:i.getAll(`extra`).map(String)}})).reserveer,{tekst:`Opnieuw zoeken`,doe:()=>void vt(e,t,n)}).then(e=>{e&&j(`#/zaak/${e.id}`)})}),n.replaceChildren(u,p)}function q(e,t){e&&(ve(t),j(`#/zaak/${e.id}`))}var J=e=>({tekst:`Gegevens opnieuw laden`,doe:()=>j(`#/zaak/${e.id}`)});function Y(e,t,n){let r=f(`div`,{"aria-live":`polite`}),i=f(`form`,{class:`utrecht-form`},...t,x(e),r);return i.addEventListener(`submit`,e=>{e.preventDefault(),n(new FormData(i),r)}),i}var X=e=>e.partners.find(e=>e.isIk),Z=(e,t)=>e.mogelijkeActies.includes(t),yt=e=>X(e)?.rol!==`PARTNER1`||e.partners.length>1||!Z(e,`NODIG_PARTNER_UIT`)?null:I(`Nodig uw partner uit`,`uitnodigen`,y(`Uw partner logt daarna zelf in en stemt in met het huwelijk of partnerschap.`),Y(`Partner uitnodigen`,[S(`Burgerservicenummer van uw partner`,w(`bsn`,{inputmode:`numeric`,autocomplete:`off`,required:!0,pattern:`[0-9]{9}`}),`9 cijfers`)],(t,n)=>void P(n,async()=>(await d(Le,{id:e.id,versie:e.versie,burgerservicenummer:String(t.get(`bsn`)).trim()})).nodigPartnerUit,J(e)).then(e=>q(e,`Uw partner is uitgenodigd. Uw partner kan nu inloggen en instemmen.`)))),bt=e=>{let t=X(e);if(t?.rol!==`PARTNER2`||t.instemming.status===`VERLEEND`||!Z(e,`STEM_IN`))return null;let n=f(`div`,{"aria-live":`polite`});return I(`Stemt u in?`,`instemmen`,y(`Uw partner heeft u uitgenodigd voor dit huwelijk of partnerschap. Stemt u in?`),f(`div`,{class:`utrecht-button-group`},b(`Ja, ik stem in`,()=>void P(n,async()=>(await d(Re,{id:e.id,versie:e.versie})).stemIn,J(e)).then(e=>q(e,`U heeft ingestemd. De reservering staat nu vast tot de melding.`))),b(`Nee, ik stem niet in`,()=>void P(n,async()=>(await d(ze,{id:e.id,versie:e.versie})).weigerInstemming,J(e)).then(e=>q(e,`U heeft niet ingestemd.`)),`secondary-action`)),n)},xt=e=>{if(!Z(e,`WIJZIG_GETUIGEN`)||!X(e))return null;let t=f(`div`,{"aria-live":`polite`}),n=e.getuigen.map(n=>f(`li`,{class:`utrecht-unordered-list__item`},`Getuige ${n.volgnummer}: ${n.gemeentelijk?`getuige van de gemeente`:`BSN ${n.burgerservicenummer??``}`} `,b(`Getuige ${n.volgnummer} verwijderen`,()=>void P(t,async()=>(await d(Ve,{id:e.id,versie:e.versie,volgnummer:n.volgnummer})).verwijderGetuige,J(e)).then(e=>q(e,`De getuige is verwijderd.`)),`subtle`)));return I(`Getuigen`,`getuigen`,y(`U heeft 2 tot 4 getuigen nodig, van 18 jaar of ouder. Geen getuigen? De gemeente kan er een leveren (tegen betaling).`),n.length?f(`ul`,{class:`utrecht-unordered-list`},...n):y(`Nog geen getuigen.`),t,e.getuigen.length<4?Y(`Getuige toevoegen`,[S(`Burgerservicenummer van de getuige`,w(`bsn`,{inputmode:`numeric`,autocomplete:`off`,pattern:`[0-9]{9}`}),`Laat leeg als u een getuige van de gemeente wilt`),C(`Een getuige van de gemeente`,`gemeentelijk`)],(t,n)=>{let r=String(t.get(`bsn`)??``).trim(),i=t.get(`gemeentelijk`)||!r?{gemeentelijk:!0}:{burgerservicenummer:r};P(n,async()=>(await d(Be,{id:e.id,versie:e.versie,getuige:i})).voegGetuigeToe,J(e)).then(e=>q(e,`De getuige is toegevoegd.`))}):null)};function Q(e,t,n,r){return f(`fieldset`,{class:`utrecht-form-fieldset`},f(`legend`,{class:`utrecht-form-fieldset__legend`},t),...n.map(([t,n],i)=>{let a=`${e}-${i}`;return f(`div`,{class:`utrecht-form-field utrecht-form-field--radio`},f(`div`,{class:`utrecht-form-field__input`},f(`input`,{type:`radio`,class:`utrecht-radio-button utrecht-radio-button--html-input`,name:e,id:a,value:t,checked:t===r})),f(`div`,{class:`utrecht-form-field__label`},f(`label`,{class:`utrecht-form-label`,for:a},n)))}))}var St=(e,t)=>{if(!Z(e,`WIJZIG_RESERVERING`)||!X(e))return null;let n=e.ambtenaar.keuze===`KEUZE`?e.ambtenaar.ambtenaar?.id??``:e.ambtenaar.keuze===`EIGEN`?`eigen`:`toegewezen`;return I(`Trouwambtenaar (BABS)`,`ambtenaar`,Y(`Trouwambtenaar opslaan`,[Q(`babs`,`Wie trouwt u?`,[[`toegewezen`,`Geen voorkeur: de gemeente wijst iemand toe`],...t.ambtenaren.map(e=>[e.id,e.naam]),[`eigen`,`Een eigen trouwambtenaar (voor één dag)`]],n),S(`Naam van de eigen trouwambtenaar`,w(`eigenNaam`,{autocomplete:`off`}),`Alleen bij een eigen trouwambtenaar`),S(`Burgerservicenummer van de eigen trouwambtenaar`,w(`eigenBsn`,{inputmode:`numeric`,autocomplete:`off`}),`Alleen bij een eigen trouwambtenaar`)],(t,n)=>{let r=String(t.get(`babs`)),i=r===`toegewezen`?{toegewezen:!0}:r===`eigen`?{eigenBabs:{naam:String(t.get(`eigenNaam`)),burgerservicenummer:String(t.get(`eigenBsn`)).trim()}}:{ambtenaarId:r};P(n,async()=>(await d(He,{id:e.id,versie:e.versie,ambtenaar:i})).kiesAmbtenaar,J(e)).then(e=>q(e,`De trouwambtenaar is opgeslagen.`))}))},Ct=(e,t)=>{if(!Z(e,`WIJZIG_RESERVERING`)||!X(e))return null;let n=e.locatie.locatie?.id??`eigen`;return I(`Locatie`,`locatie`,Y(`Locatie opslaan`,[Q(`locatie`,`Waar trouwt u?`,[...t.locaties.map(e=>[e.id,`${e.naam} (${e.prijs.weergave})`]),[`eigen`,`Een eigen locatie in de gemeente`]],n),S(`Straat`,w(`straat`,{autocomplete:`address-line1`}),`Alleen bij een eigen locatie`),S(`Huisnummer`,w(`huisnummer`,{inputmode:`numeric`})),S(`Postcode`,w(`postcode`,{autocomplete:`postal-code`})),S(`Plaats`,w(`woonplaats`,{autocomplete:`address-level2`}))],(t,n)=>{let r=String(t.get(`locatie`)),i=r===`eigen`?{adres:{straat:String(t.get(`straat`)).trim(),huisnummer:Number.parseInt(String(t.get(`huisnummer`)),10)||0,postcode:String(t.get(`postcode`)).replace(/\s/g,``).toUpperCase(),woonplaats:String(t.get(`woonplaats`)).trim()}}:{locatieId:r};P(n,async()=>(await d(Ue,{id:e.id,versie:e.versie,locatie:i})).kiesLocatie,J(e)).then(e=>q(e,`De locatie is opgeslagen.`))}))},wt=e=>{let t=X(e);return!t||!Z(e,`KIES_NAAMGEBRUIK`)?null:I(`Uw achternaam na het trouwen`,`naamgebruik`,Y(`Naamgebruik opslaan`,[Q(`naamgebruik`,`Welke achternaam gebruikt u?`,Object.keys(de).map(e=>[e,de[e]]),t.naamgebruik??`E`)],(n,r)=>void P(r,async()=>(await d(We,{id:e.id,versie:e.versie,partner:t.rol,naamgebruik:String(n.get(`naamgebruik`))})).kiesNaamgebruik,J(e)).then(e=>q(e,`Uw naamgebruik is opgeslagen.`))))},Tt=[[`gegevensNaarWaarheid`,`Mijn gegevens zijn naar waarheid ingevuld`],[`nietEldersGehuwd`,`Ik ben niet getrouwd en heb geen geregistreerd partnerschap (ook niet in het buitenland)`],[`nietUitsluitendVoorVerblijf`,`Wij trouwen niet alleen om een verblijfsvergunning te krijgen`],[`bloedverwantDerdeOfVierdeGraad`,`Mijn partner is een bloedverwant in de derde of vierde graad (bijvoorbeeld een neef of nicht)`],[`beedigdeVerklaringBloedverwantschap`,`Ik geef daarover een beëdigde verklaring`]],Et=[bt,yt,xt,St,Ct,e=>{if(!Z(e,`DOE_MELDING`)||!X(e))return null;let t=(e,t)=>f(`fieldset`,{class:`utrecht-form-fieldset`},f(`legend`,{class:`utrecht-form-fieldset__legend`},`Verklaringen van ${t}`),...Tt.map(([t,n])=>C(n,`${e}.${t}`))),n=X(e).rol,r=n===`PARTNER1`?`PARTNER2`:`PARTNER1`;return I(`Melding voorgenomen huwelijk`,`melding`,y(`Met de melding controleert de gemeente of u mag trouwen. Dat gebeurt direct; u ziet de uitkomst hieronder.`),Y(`Melding doen`,[t(n,`u`),t(r,`uw partner`)],(t,n)=>{let r=e=>({rol:e,gegevensNaarWaarheid:t.has(`${e}.gegevensNaarWaarheid`),nietEldersGehuwd:t.has(`${e}.nietEldersGehuwd`),nietUitsluitendVoorVerblijf:t.has(`${e}.nietUitsluitendVoorVerblijf`),bloedverwantDerdeOfVierdeGraad:t.has(`${e}.bloedverwantDerdeOfVierdeGraad`),beedigdeVerklaringBloedverwantschap:t.has(`${e}.beedigdeVerklaringBloedverwantschap`)});P(n,async()=>(await d(Ge,{id:e.id,versie:e.versie,verklaringen:[r(`PARTNER1`),r(`PARTNER2`)]})).doeMelding,J(e)).then(e=>q(e,`Uw melding is ontvangen. De gemeente beoordeelt haar.`))}))},e=>{if(e.status!==`GOEDGEKEURD`||e.betaling?.status===`BETAALD`||e.prijs.totaal.centen===0||!X(e))return null;let t=f(`div`,{"aria-live":`polite`});return I(`Betalen`,`betalen`,y(`De melding is goedgekeurd. Betaal ${e.prijs.totaal.weergave}${e.verlooptOp?` vóór ${g(e.verlooptOp)} uur`:``}; daarna bevestigt u het huwelijk.`),e.betaling?.status===`MISLUKT`?y(`Uw vorige betaling is niet gelukt. U kunt het opnieuw proberen.`):null,b(`Betalen`,()=>void(async()=>{t.replaceChildren(y(`U gaat naar de betaalpagina…`));let n=(await d(Ke,{id:e.id,versie:e.versie})).startBetaling;n.__typename===`BetalingGestart`?(sessionStorage.setItem(`trouwgraph:vorige-betaling:${e.id}`,e.betaling?.referentie??``),location.assign(n.checkoutUrl)):await P(t,async()=>n,J(e))})()),t)},e=>{let t=e.betaling?.status===`BETAALD`||e.prijs.totaal.centen===0;if(!Z(e,`BEVESTIG`)||!t||!X(e))return null;let n=f(`div`,{"aria-live":`polite`});return I(`Bevestigen`,`bevestigen`,y(`Alles is geregeld. Bevestig uw huwelijk of partnerschap.`),b(`Bevestigen`,()=>void P(n,async()=>(await d(qe,{id:e.id,versie:e.versie})).bevestig,J(e)).then(e=>q(e,`Uw huwelijk of partnerschap is bevestigd. Tot op de dag zelf!`))),n)},wt,e=>{if(!Z(e,`ANNULEER`)||!X(e))return null;let t=f(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3,required:!0});return I(`Annuleren`,`annuleren`,y(`Wilt u niet meer trouwen op dit moment? Annuleer dan. Na de melding kan de gemeente kosten rekenen.`),Y(`Annuleren`,[S(`Waarom annuleert u?`,t)],(t,n)=>void P(n,async()=>(await d(Je,{id:e.id,versie:e.versie,reden:String(t.get(`reden`))})).annuleer,J(e)).then(e=>q(e,`Uw huwelijk of partnerschap is geannuleerd.`))))}];async function Dt(e){let t=M(),[{huwelijk:n},r]=await Promise.all([d(z,{id:e}),d(Me)]);t(`Uw huwelijk of partnerschap`,v(1,`Uw huwelijk of partnerschap`),...[ye(),$e(n),et(n),nt(n),tt(n),...Et.map(e=>e(n,r))].filter(e=>e!==null),f(`p`,{class:`utrecht-paragraph`},f(`a`,{class:`utrecht-link`,href:`#/`},`Terug naar uw overzicht`)))}async function $(){let e=location.hash.replace(/^#/,``)||`/`,t=r(),[,n,i,a]=e.split(`/`),o=location.hash;if(!t)H(`#${e}`);else try{n===`inloggen`?H():n===`medewerker`&&i===`zaak`&&a?await ut(a):n===`medewerker`?await mt():n===`plannen`?await _t():n===`zaak`&&i?await Dt(i):n===`betaald`&&i?await Xe(i):t.rol===`medewerker`?await mt():await ht()}catch(e){location.hash===o&&_e(e)}}function Ot(e){document.documentElement.classList.add(`${e.thema}-theme`),document.getElementById(`gemeente`).textContent=`Gemeente ${e.naam}`,document.getElementById(`voet`).textContent=`Gemeente ${e.naam} - Trouwen en geregistreerd partnerschap`}async function kt(){let e=await be();t(e.gemeentecode),l(e.graphql),me(e,()=>void $()),Ot(e);let n=new URLSearchParams(location.search),r=n.get(`betaald`);if(r)history.replaceState(null,``,`${location.pathname}#/betaald/${encodeURIComponent(r)}`);else if(e.oidc&&(n.has(`code`)||n.has(`error`))){history.replaceState(null,``,location.pathname);try{let t=await Ee(e.oidc,n);t&&(ft(t.token,t.verlooptOp),history.replaceState(null,``,`${location.pathname}${t.na}`))}catch(e){H(`#/`,e instanceof Error?e.message:void 0),window.addEventListener(`hashchange`,()=>void $());return}}window.addEventListener(`hashchange`,()=>void $()),await $()}kt();