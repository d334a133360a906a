var e=``;function t(t){e=t}var n=()=>`trouwgraph:${e}:sessie`;function r(){let e=sessionStorage.getItem(n());if(!e)return null;let t=JSON.parse(e);return t.verlooptOp<Date.now()?(sessionStorage.removeItem(n()),null):t}function i(e){sessionStorage.setItem(n(),JSON.stringify(e))}function a(){sessionStorage.removeItem(n())}function o(e){let t=e.split(`.`)[1]??``,n=atob(t.replace(/-/g,`+`).replace(/_/g,`/`));return JSON.parse(new TextDecoder().decode(Uint8Array.from(n,e=>e.charCodeAt(0))))}var s=class extends Error{code;opnieuwInloggen;constructor(e,t,n=!1){super(e),this.code=t,this.opnieuwInloggen=n}},c=`../graphql`;function l(e){c=e}var u={NIET_GEAUTHENTICEERD:`U bent niet (meer) ingelogd. Log opnieuw in.`,NIET_TOEGESTAAN:`U mag deze gegevens niet inzien.`,TE_VEEL_VERZOEKEN:`Er zijn te veel verzoeken gedaan. Probeer het over een minuut opnieuw.`};async function d(e,...[t]){let n=r(),i={"Content-Type":`application/json`,Accept:`application/json`};n&&(i.Authorization=`Bearer ${n.token}`);let a;try{a=await fetch(c,{method:`POST`,headers:i,body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new s(`De gemeente is nu niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.`,`NETWERK`)}if(a.status===401)throw new s(u.NIET_GEAUTHENTICEERD,`NIET_GEAUTHENTICEERD`,!0);if(a.status===429)throw new s(u.TE_VEEL_VERZOEKEN,`TE_VEEL_VERZOEKEN`);let o=await a.json().catch(()=>({})),l=o.errors?.[0];if(l||!o.data){let e=l?.extensions?.code??`HTTP_${a.status}`;throw new s(u[e]??`Er ging iets mis bij de gemeente. Probeer het later opnieuw.`,e,e===`NIET_GEAUTHENTICEERD`)}return o.data}function f(e,t={},...n){let r=document.createElement(e);for(let[e,n]of Object.entries(t))n!==void 0&&n!==!1&&(typeof n==`function`?r.addEventListener(e.slice(2),n):n===!0?r.setAttribute(e,``):r.setAttribute(e,String(n)));for(let e of n.flat())e!=null&&e!==!1&&r.append(typeof e==`object`?e:String(e));return r}var p=0;function m(e){return p+=1,`${e}-${p}`}var h=`Europe/Amsterdam`;function g(e){return new Intl.DateTimeFormat(`nl-NL`,{weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,hour:`2-digit`,minute:`2-digit`,timeZone:h}).format(new Date(e))}function ee(e){return new Intl.DateTimeFormat(`nl-NL`,{weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,timeZone:h}).format(new Date(e))}function te(e){return new Intl.DateTimeFormat(`nl-NL`,{hour:`2-digit`,minute:`2-digit`,timeZone:h}).format(new Date(e))}function ne(e){return new Intl.DateTimeFormat(`sv-SE`,{timeZone:h}).format(e)}var _=(e,t,n)=>f(`h${e}`,{class:`utrecht-heading-${e}`,id:n,tabindex:e===1?-1:void 0},t),v=(...e)=>f(`p`,{class:`utrecht-paragraph`},...e);function y(e,t,n=`primary-action`){return f(`button`,{type:`button`,class:`utrecht-button utrecht-button--${n}`,onclick:t},e)}function b(e,t=`primary-action`){return f(`button`,{type:`submit`,class:`utrecht-button utrecht-button--${t}`},e)}function x(e,t,n){let r=t.id||m(`veld`);t.id=r;let i=[f(`div`,{class:`utrecht-form-field__label`},f(`label`,{class:`utrecht-form-label`,for:r},e))];if(n){let e=`${r}-omschrijving`;t.setAttribute(`aria-describedby`,e),i.push(f(`div`,{class:`utrecht-form-field-description`,id:e},n))}return i.push(f(`div`,{class:`utrecht-form-field__input`},t)),f(`div`,{class:`utrecht-form-field utrecht-form-field--text`},...i)}function S(e,t,n=!1){let r=m(t);return f(`div`,{class:`utrecht-form-field utrecht-form-field--checkbox`},f(`div`,{class:`utrecht-form-field__input`},f(`input`,{type:`checkbox`,class:`utrecht-checkbox utrecht-checkbox--html-input`,id:r,name:t,checked:n})),f(`div`,{class:`utrecht-form-field__label utrecht-form-field__label--checkbox`},f(`label`,{class:`utrecht-form-label utrecht-form-label--checkbox`,for:r},e)))}function C(e,t={}){return f(`input`,{class:`utrecht-textbox utrecht-textbox--html-input`,name:e,type:`text`,...t})}function re(e){return f(`dl`,{class:`app-gegevens`},...e.flatMap(([e,t])=>[f(`dt`,{},e),f(`dd`,{},...[t].flat())]))}var w={VOORLOPIG:`Voorlopig gereserveerd`,GERESERVEERD:`Gereserveerd`,GEMELD:`Melding gedaan`,GOEDGEKEURD:`Melding goedgekeurd`,AFGEWEZEN:`Melding afgewezen`,BEVESTIGD:`Bevestigd`,VOLTROKKEN:`Voltrokken`,GEANNULEERD:`Geannuleerd`,VERLOPEN:`Verlopen`},T={HUWELIJK:`Huwelijk`,GEREGISTREERD_PARTNERSCHAP:`Geregistreerd partnerschap`,OMZETTING:`Omzetting van partnerschap in huwelijk`},ie={VOLDAAN:`In orde`,NIET_VOLDAAN:`Niet in orde`,HANDMATIGE_BEOORDELING:`De gemeente beoordeelt dit`},ae={GEVRAAGD:`Nog niet ingestemd`,VERLEEND:`Ingestemd`,GEWEIGERD:`Geweigerd`,INGETROKKEN:`Ingetrokken`},oe={OPEN:`Nog niet afgerond`,BETAALD:`Betaald`,DEELS_BETAALD:`Deels betaald`,MISLUKT:`Mislukt`,GEANNULEERD:`Geannuleerd`,VERLOPEN:`Verlopen`,TERUGBETAALD:`Wordt terugbetaald`},se={ONTVANGEN:`Ontvangen`,IN_BEHANDELING:`In behandeling`,GOEDGEKEURD:`Goedgekeurd`,AFGEWEZEN:`Afgewezen`},ce={RESERVEER:`Gereserveerd`,NODIG_PARTNER_UIT:`Partner uitgenodigd`,STEM_IN:`Partner heeft ingestemd`,WEIGER_INSTEMMING:`Partner heeft geweigerd`,WIJZIG_GETUIGEN:`Getuigen gewijzigd`,WIJZIG_RESERVERING:`Reservering gewijzigd`,WIJZIG_DOOR_GEMEENTE:`Gewijzigd door de gemeente`,KIES_NAAMGEBRUIK:`Naamgebruik gekozen`,REGISTREER_TOETSING:`Toetsing vastgelegd`,LEG_VERKLARING_AF:`Verklaring afgelegd`,DOE_MELDING:`Melding gedaan`,NEEM_IN_BEHANDELING:`In behandeling genomen`,KEUR_GOED:`Melding goedgekeurd`,WIJS_AF:`Melding afgewezen`,REGISTREER_BETALING:`Betaling vastgelegd`,BEVESTIG:`Bevestigd`,VOLTREK:`Voltrokken`,ANNULEER:`Geannuleerd`,VERLOOP:`Verlopen`},E={PARTNER1:`Partner 1`,PARTNER2:`Partner 2`},le={MEERDERJARIG:`Meerderjarig`,IN_LEVEN:`In leven`,BURGERLIJKE_STAAT:`Niet al getrouwd of partner`,CURATELE:`Curatele`,BIJHOUDING:`Inschrijving in de BRP`,NATIONALITEIT:`Nationaliteit`,VERBLIJF:`Verblijf in Nederland`,BLOEDVERWANTSCHAP:`Geen bloedverwanten`,BSN_GELDIG:`Geldig burgerservicenummer`,PERSONEN_UNIEK:`Allemaal verschillende personen`,GETUIGEN_AANTAL:`Aantal getuigen`,GETUIGE_MEERDERJARIG:`Getuige meerderjarig`,EIGEN_BABS_MEERDERJARIG:`Eigen trouwambtenaar meerderjarig`,EIGEN_BABS_CURATELE:`Eigen trouwambtenaar niet onder curatele`,MELDINGSTERMIJN:`Melding op tijd`,LOPENDE_ZAAK:`Geen ander lopend huwelijksdossier`},ue={PARTNER1:`Partner 1`,PARTNER2:`Partner 2`,GETUIGE_1:`Getuige 1`,GETUIGE_2:`Getuige 2`,GETUIGE_3:`Getuige 3`,GETUIGE_4:`Getuige 4`,AMBTENAAR:`Trouwambtenaar`,HUWELIJK:`Het huwelijk`},de={E:`Alleen mijn eigen achternaam`,P:`Alleen de achternaam van mijn partner`,V:`Achternaam van mijn partner, dan mijn eigen`,N:`Mijn eigen achternaam, dan die van mijn partner`},fe={VersieConflict:`Iemand anders heeft de gegevens intussen gewijzigd. Wij hebben ze opnieuw geladen; bekijk ze en probeer het nog eens.`,SlotBezet:`Kies een ander moment of een andere locatie.`,TermijnVerstreken:`Neem contact op met de gemeente als u toch iets wilt wijzigen.`,OngeldigeStatus:`Wij hebben de gegevens opnieuw geladen, zodat u ziet wat nu kan.`,NietToegestaan:`Log in als de juiste persoon, of neem contact op met de gemeente.`,NietGevonden:`Ga terug naar uw overzicht.`,OngeldigeInvoer:`Pas uw invoer aan en probeer het opnieuw.`,EigenLocatieAfgewezen:`Controleer het adres, of kies een locatie van de gemeente.`,VerklaringOntbreekt:`Elke partner legt de eigen verklaring af, met de eigen inlog. Daarna kan de melding.`,BeletselGevonden:`Zo kan het huwelijk niet doorgaan. Neem contact op met de gemeente als u denkt dat dit niet klopt.`};function pe(e,t){let n=[f(`h2`,{class:`utrecht-heading-3`},`Dat is niet gelukt`),v(e.melding)],r=fe[e.__typename];return r&&n.push(v(r)),e.__typename===`BeletselGevonden`&&e.toetsing&&n.push(f(`ul`,{class:`utrecht-unordered-list`},...e.toetsing.filter(e=>e.uitkomst!==`VOLDAAN`).map(e=>f(`li`,{class:`utrecht-unordered-list__item`},`${ie[e.uitkomst]}: ${e.reden}`)))),t&&n.push(y(t.tekst,t.doe,`secondary-action`)),D(`error`,n)}function D(e,t){let n=e===`error`?`alert`:`status`;return f(`div`,{class:`utrecht-alert utrecht-alert--${e}`,role:n},f(`div`,{class:`utrecht-alert__content`},f(`div`,{class:`utrecht-alert__message`},...typeof t==`string`?[v(t)]:t)))}var O=(e,t)=>e.mogelijkeMutaties.some(e=>e.mutatie===t),me,he=()=>void 0;function ge(e,t){me=e,he=t}var k=()=>me;function A(e){location.hash===e?he():location.hash=e}var _e=0;function j(){let e=++_e;return(t,...n)=>{e===_e&&M(t,...n)}}function M(e,...t){let n=document.getElementById(`pagina`);n.replaceChildren(...t),document.title=`${e} - Gemeente ${me.naam}`,n.querySelector(`h1`)?.focus({preventScroll:!1}),ve()}function ve(){let e=document.getElementById(`account`),t=r();t?e.replaceChildren(f(`span`,{class:`app-ingelogd`},`Ingelogd als ${t.naam}`),Object.assign(y(`Uitloggen`,()=>{a(),A(`#/inloggen`)},`subtle`),{className:`utrecht-button utrecht-button--subtle app-uitloggen`})):e.replaceChildren()}function ye(e){if(e instanceof s&&e.opnieuwInloggen){a(),M(`Opnieuw inloggen`,f(`h1`,{class:`utrecht-heading-1`,tabindex:-1},`Opnieuw inloggen`),D(`warning`,e.message),y(`Naar inloggen`,()=>A(`#/inloggen`)));return}let t=e instanceof s?e.message:`Er ging iets mis. Probeer het later opnieuw.`;M(`Er ging iets mis`,f(`h1`,{class:`utrecht-heading-1`,tabindex:-1},`Er ging iets mis`),D(`error`,t),y(`Opnieuw proberen`,()=>he()))}async function N(e,t,n){e.replaceChildren(v(`Bezig…`));let r;try{r=await t()}catch(t){return e.replaceChildren(D(`error`,t instanceof s?t.message:`Er ging iets mis. Probeer het opnieuw.`)),null}return r.__typename===`HuwelijkGewijzigd`||r.__typename===`BetalingGestart`?(e.replaceChildren(),r.huwelijk??null):(e.replaceChildren(pe(r,n)),e.querySelector(`[role=alert]`)?.focus(),null)}var P=null;function be(e){P=e}function xe(){let e=P;return P=null,e?D(`ok`,e):null}function F(e,t,...n){return f(`section`,{class:`app-sectie`,"aria-labelledby":t},f(`h2`,{class:`utrecht-heading-2`,id:t},e),...n.filter(e=>e!==null))}async function Se(){let e=await fetch(`config.json`,{headers:{Accept:`application/json`}});if(!e.ok)throw Error(`config.json: ${e.status}`);return await e.json()}var I=`trouwgraph:oidc`;function Ce(e){let t=``;for(let n of e)t+=String.fromCharCode(n);return btoa(t).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function we(e){return Ce(crypto.getRandomValues(new Uint8Array(e)))}async function Te(e){let t=await crypto.subtle.digest(`SHA-256`,new TextEncoder().encode(e));return Ce(new Uint8Array(t))}function Ee(){return`${location.origin}${location.pathname}`}async function De(e,t){let n=we(48),r=we(16);sessionStorage.setItem(I,JSON.stringify({verifier:n,state:r,na:t}));let i=new URL(e.autorisatieUrl);i.search=new URLSearchParams({response_type:`code`,client_id:e.clientId,redirect_uri:Ee(),scope:e.scope,state:r,code_challenge:await Te(n),code_challenge_method:`S256`}).toString(),location.assign(i.toString())}async function Oe(e,t){let n=t.get(`code`);if(!n&&!t.get(`error`))return null;let r=sessionStorage.getItem(I);if(sessionStorage.removeItem(I),t.get(`error`))throw Error(`Het inloggen is afgebroken.`);if(!r)throw Error(`Deze inlogpoging is niet (meer) bekend. Log opnieuw in.`);let{verifier:i,state:a,na:o}=JSON.parse(r);if(t.get(`state`)!==a)throw Error(`Deze inlogpoging is niet (meer) bekend. Log opnieuw in.`);let s=await fetch(e.tokenUrl,{method:`POST`,headers:{"Content-Type":`application/x-www-form-urlencoded`,Accept:`application/json`},body:new URLSearchParams({grant_type:`authorization_code`,code:n??``,redirect_uri:Ee(),client_id:e.clientId,code_verifier:i})});if(!s.ok)throw Error(`Inloggen is niet gelukt. Probeer het opnieuw.`);let c=await s.json();return{token:c.access_token,verlooptOp:Date.now()+(c.expires_in??3600)*1e3,na:o}}var L=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new L(`
    fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}
    `,{fragmentName:`VerklaringVelden`}),new L(`
    fragment BedragVelden on Bedrag {
  centen
  weergave
}
    `,{fragmentName:`BedragVelden`}),new L(`
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
    `,{fragmentName:`ToetsuitkomstVelden`}),new L(`
    fragment HuwelijkVelden on Huwelijk {
  id
  versie
  soort
  status
  verlooptOp
  aangemaaktOp
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`,{fragmentName:`HuwelijkVelden`}),new L(`
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
  ... on VerklaringOntbreekt {
    partners
  }
}
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}`,{fragmentName:`ProbleemVelden`}),new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`,{fragmentName:`HuwelijkResultaatVelden`});var ke=new L(`
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
    `),Ae=new L(`
    query HuwelijkDossier($id: ID!) {
  huwelijk(id: $id) {
    ...HuwelijkVelden
    melding {
      verklaringen {
        ...VerklaringVelden
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),je=new L(`
    mutation RegistreerVerklaring($id: ID!, $versie: Int!, $partner: Partnerrol!, $verklaring: VerklaringInvoer!) {
  registreerVerklaring(
    id: $id
    versie: $versie
    partner: $partner
    verklaring: $verklaring
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Me=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Ne=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Pe=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`);new L(`
    query Ik {
  ik {
    burgerservicenummer
    naam {
      volledigeNaam
    }
  }
}
    `);var Fe=new L(`
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
}`),Ie=new L(`
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
}`),Le=new L(`
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
}`),Re=new L(`
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
    `),R=new L(`
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),ze=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Be=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Ve=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),He=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Ue=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),We=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Ge=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Ke=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`);new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`);var qe=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Je=new L(`
    mutation LegVerklaringAf($id: ID!, $versie: Int!, $verklaring: VerklaringInvoer!) {
  legVerklaringAf(id: $id, versie: $versie, verklaring: $verklaring) {
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Ye=new L(`
    mutation DoeMelding($id: ID!, $versie: Int!) {
  doeMelding(id: $id, versie: $versie) {
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Xe=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Ze=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),Qe=new L(`
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
  ... on VerklaringOntbreekt {
    partners
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
  mogelijkeMutaties {
    mutatie
    ontbrekendeArgumenten
  }
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
    verklaardOp
    verklaring {
      ...VerklaringVelden
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
}
fragment VerklaringVelden on Verklaring {
  rol
  gegevensNaarWaarheid
  nietEldersGehuwd
  nietUitsluitendVoorVerblijf
  bloedverwantDerdeOfVierdeGraad
  beedigdeVerklaringBloedverwantschap
  op
  aanBalie
}`),$e=40;async function et(e){let t=j();t(`Betaling`,_(1,`Uw betaling`),v(`Wij wachten op de uitslag van uw betaling…`));let n=(await d(R,{id:e})).huwelijk;for(let t=0;t<$e&&(!n.betaling||n.betaling.status===`OPEN`);t+=1)await new Promise(e=>setTimeout(e,500)),n=(await d(R,{id:e})).huwelijk;let r=f(`p`,{class:`utrecht-paragraph`},f(`a`,{class:`utrecht-link`,href:`#/zaak/${e}`},`Naar uw huwelijk of partnerschap`));n.betaling?.status===`BETAALD`?t(`Betaling gelukt`,_(1,`Uw betaling is gelukt`),D(`ok`,`Wij hebben ${n.betaling.bedrag.weergave} ontvangen. Bevestig nu uw huwelijk of partnerschap.`),y(`Verder naar bevestigen`,()=>A(`#/zaak/${e}`)),r):n.betaling&&[`MISLUKT`,`GEANNULEERD`,`VERLOPEN`].includes(n.betaling.status)?t(`Betaling mislukt`,_(1,`Uw betaling is niet gelukt`),D(`error`,`Er is niets afgeschreven. U kunt het opnieuw proberen.`),y(`Opnieuw betalen`,()=>A(`#/zaak/${e}`)),r):t(`Betaling onbekend`,_(1,`Wij weten nog niet of uw betaling is gelukt`),F(`Wat nu?`,`wat-nu`,v(`De uitslag van de betaalprovider is nog niet binnen. Controleer het over een paar minuten opnieuw; betaal niet nog eens.`)),y(`Opnieuw controleren`,()=>void et(e)),r)}function tt(e){let t=e.locatie;return t.locatie?`${t.locatie.naam}, ${t.locatie.adres}`:t.adres?`Eigen locatie: ${t.adres.straat} ${t.adres.huisnummer}${t.adres.huisletter??``}${t.adres.toevoeging?`-${t.adres.toevoeging}`:``}, ${t.adres.postcode} ${t.adres.woonplaats}`:`Eigen locatie: ${t.omschrijving??``}`}function nt(e){let t=e.ambtenaar;return t.keuze===`EIGEN`?`Eigen trouwambtenaar: ${t.eigenBabs?.naam??``}`:t.keuze===`KEUZE`?`Gekozen: ${t.ambtenaar?.naam??``}`:t.ambtenaar?`Toegewezen door de gemeente: ${t.ambtenaar.naam}`:`De gemeente wijst een trouwambtenaar toe`}function rt(e){let t=[[`Status`,f(`span`,{class:`utrecht-badge-status app-status`,"data-status":e.status},w[e.status])],[`Soort`,T[e.soort]],[`Ceremonie`,e.ceremonie.naam],[`Datum en tijd`,`${g(e.moment.start)} uur`],[`Locatie`,tt(e)],[`Trouwambtenaar`,nt(e)]];return e.verlooptOp&&t.push([`Geldig tot`,`${g(e.verlooptOp)} uur`]),e.melding&&t.push([`Melding`,`${se[e.melding.status]}${e.melding.reden?`: ${e.melding.reden}`:``}`]),e.betaling&&t.push([`Betaling`,`${oe[e.betaling.status]} (${e.betaling.bedrag.weergave})`]),f(`section`,{class:`app-sectie`,"aria-labelledby":`samenvatting`},_(2,`Gegevens`,`samenvatting`),re(t))}function it(e){return f(`section`,{class:`app-sectie`,"aria-labelledby":`partners`},_(2,`Partners`,`partners`),f(`ul`,{class:`utrecht-unordered-list`},...e.partners.map(e=>f(`li`,{class:`utrecht-unordered-list__item`},`${E[e.rol]}${e.isIk?` (u)`:``}: ${ae[e.instemming.status]}; ${e.verklaardOp?`verklaring afgelegd op ${g(e.verklaardOp)} uur${e.verklaring?.aanBalie?` (aan de balie)`:``}`:`verklaring nog niet afgelegd`}`))),e.getuigen.length>0?f(`div`,{},_(3,`Getuigen`),f(`ul`,{class:`utrecht-unordered-list`},...e.getuigen.map(e=>f(`li`,{class:`utrecht-unordered-list__item`},`Getuige ${e.volgnummer}: ${e.gemeentelijk?`getuige van de gemeente`:`BSN ${e.burgerservicenummer??``}`}`)))):null)}function at(e){return f(`section`,{class:`app-sectie`,"aria-labelledby":`prijs`},_(2,`Kosten`,`prijs`),f(`table`,{class:`utrecht-table`},f(`caption`,{class:`utrecht-table__caption`},`Wat het kost`),f(`thead`,{class:`utrecht-table__header`},f(`tr`,{class:`utrecht-table__row`},f(`th`,{class:`utrecht-table__header-cell`,scope:`col`},`Onderdeel`),f(`th`,{class:`utrecht-table__header-cell utrecht-table__header-cell--numeric`,scope:`col`},`Bedrag`))),f(`tbody`,{class:`utrecht-table__body`},...e.prijs.regels.map(e=>f(`tr`,{class:`utrecht-table__row`},f(`td`,{class:`utrecht-table__cell`},e.omschrijving),f(`td`,{class:`utrecht-table__cell utrecht-table__cell--numeric`},e.bedrag.weergave)))),f(`tfoot`,{class:`utrecht-table__footer`},f(`tr`,{class:`utrecht-table__row`},f(`th`,{class:`utrecht-table__header-cell`,scope:`row`},`Totaal`),f(`td`,{class:`utrecht-table__cell utrecht-table__cell--numeric`},e.prijs.totaal.weergave)))))}function ot(e){return e.toetsing.length===0?null:f(`section`,{class:`app-sectie`,"aria-labelledby":`toetsing`},_(2,`Resultaten van de toetsing`,`toetsing`),f(`table`,{class:`utrecht-table`},f(`caption`,{class:`utrecht-table__caption`},`Wat de gemeente heeft gecontroleerd`),f(`thead`,{class:`utrecht-table__header`},f(`tr`,{class:`utrecht-table__row`},...[`Wie`,`Controle`,`Uitkomst`,`Uitleg`].map(e=>f(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),f(`tbody`,{class:`utrecht-table__body`},...e.toetsing.map(e=>f(`tr`,{class:`utrecht-table__row`},f(`td`,{class:`utrecht-table__cell`},ue[e.betreft]),f(`td`,{class:`utrecht-table__cell`},le[e.regel]),f(`td`,{class:`utrecht-table__cell`},ie[e.uitkomst]),f(`td`,{class:`utrecht-table__cell`},e.reden))))))}function z(e,t){e&&(be(t),A(`#/medewerker/zaak/${e.id}`))}var B=e=>({tekst:`Gegevens opnieuw laden`,doe:()=>A(`#/medewerker/zaak/${e.id}`)});function V(e,t,n,r=`primary-action`){let i=f(`div`,{"aria-live":`polite`}),a=f(`form`,{class:`utrecht-form`},...t,b(e,r),i);return a.addEventListener(`submit`,e=>{e.preventDefault(),n(new FormData(a),i)}),a}function st(e){if(!O(e,`beoordeelMelding`))return null;let t=f(`div`,{"aria-live":`polite`}),n=f(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3}),r=r=>{let i=n.value.trim();!r&&!i?(t.replaceChildren(f(`p`,{class:`utrecht-form-field-error-message`,role:`alert`},`Geef een reden om de melding af te wijzen.`)),n.focus()):N(t,async()=>(await d(Me,{id:e.id,versie:e.versie,goedgekeurd:r,reden:i||null})).beoordeelMelding,B(e)).then(e=>z(e,r?`De melding is goedgekeurd.`:`De melding is afgewezen.`))};return F(`Melding beoordelen`,`beoordelen`,v(`Bekijk de resultaten van de toetsing en de verklaringen. Keur de melding goed of wijs haar af met een reden.`),x(`Reden (verplicht bij afwijzen)`,n),f(`div`,{class:`utrecht-button-group`},y(`Melding goedkeuren`,()=>r(!0)),y(`Melding afwijzen`,()=>r(!1),`secondary-action`)),t)}function ct(e){return O(e,`registreerBetaling`)?F(`Betaling aan de balie`,`balie`,V(`Betaling vastleggen`,[x(`Bedrag in euro`,C(`bedrag`,{inputmode:`decimal`,value:(e.prijs.totaal.centen/100).toFixed(2).replace(`.`,`,`),required:!0})),x(`Referentie (bonnummer)`,C(`referentie`,{required:!0,autocomplete:`off`}))],(t,n)=>{let r=Math.round(Number.parseFloat(String(t.get(`bedrag`)).replace(`,`,`.`))*100);N(n,async()=>(await d(Ne,{id:e.id,versie:e.versie,bedragInCenten:r,referentie:String(t.get(`referentie`)).trim()})).registreerBetaling,B(e)).then(e=>z(e,`De betaling is vastgelegd.`))})):null}function lt(e){if(!O(e,`markeerVoltrokken`))return null;let t=f(`div`,{"aria-live":`polite`});return F(`Ceremonie`,`voltrekken`,v(`Is de ceremonie voltrokken? Leg dat hier vast.`),y(`Markeer als voltrokken`,()=>void N(t,async()=>(await d(Pe,{id:e.id,versie:e.versie})).markeerVoltrokken,B(e)).then(e=>z(e,`De ceremonie is als voltrokken vastgelegd.`))),t)}function ut(e){return O(e,`annuleer`)?F(`Annuleren`,`annuleren`,V(`Huwelijk annuleren`,[x(`Reden van annuleren`,f(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3,required:!0}))],(t,n)=>void N(n,async()=>(await d(Qe,{id:e.id,versie:e.versie,reden:String(t.get(`reden`))})).annuleer,B(e)).then(e=>z(e,`Het huwelijk is geannuleerd.`)),`secondary-action`)):null}function dt(e){return F(`Historie`,`historie`,f(`table`,{class:`utrecht-table`},f(`caption`,{class:`utrecht-table__caption`},`Elke wijziging van deze zaak`),f(`thead`,{class:`utrecht-table__header`},f(`tr`,{class:`utrecht-table__row`},...[`Wanneer`,`Door`,`Wat`,`Status`,`Reden`].map(e=>f(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),f(`tbody`,{class:`utrecht-table__body`},...e.historie.map(e=>f(`tr`,{class:`utrecht-table__row`},f(`td`,{class:`utrecht-table__cell`},g(e.op)),f(`td`,{class:`utrecht-table__cell`},e.door),f(`td`,{class:`utrecht-table__cell`},e.gebeurtenis?ce[e.gebeurtenis]:``),f(`td`,{class:`utrecht-table__cell`},`${e.van?`${w[e.van]} → `:``}${w[e.naar]}`),f(`td`,{class:`utrecht-table__cell`},e.reden??``))))))}function ft(e){let t=e.melding?.verklaringen??e.partners.flatMap(e=>e.verklaring?[e.verklaring]:[]);if(t.length===0)return null;let n=e=>e?`ja`:`nee`;return F(`Verklaringen`,`verklaringen`,f(`ul`,{class:`utrecht-unordered-list`},...t.map(e=>f(`li`,{class:`utrecht-unordered-list__item`},`${E[e.rol]}${e.aanBalie?` (aan de balie)`:``}: naar waarheid ${n(e.gegevensNaarWaarheid)}, niet elders gehuwd ${n(e.nietEldersGehuwd)}, niet alleen voor verblijf ${n(e.nietUitsluitendVoorVerblijf)}, bloedverwant 3e/4e graad ${n(e.bloedverwantDerdeOfVierdeGraad)}, beëdigde verklaring ${n(e.beedigdeVerklaringBloedverwantschap)}`))))}var pt=[[`gegevensNaarWaarheid`,`De gegevens zijn naar waarheid ingevuld`],[`nietEldersGehuwd`,`Niet getrouwd en geen geregistreerd partnerschap (ook niet in het buitenland)`],[`nietUitsluitendVoorVerblijf`,`Niet alleen om een verblijfsvergunning te krijgen`],[`bloedverwantDerdeOfVierdeGraad`,`Bloedverwant van de partner in de derde of vierde graad`],[`beedigdeVerklaringBloedverwantschap`,`Beëdigde verklaring over de bloedverwantschap`]];function mt(e){if(!O(e,`registreerVerklaring`))return null;let t=e.partners.filter(e=>!e.verklaardOp&&e.instemming.status===`VERLEEND`),n=f(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`partner`},...e.partners.filter(e=>e.instemming.status===`VERLEEND`).map(e=>f(`option`,{value:e.rol,selected:e===t[0]},`${E[e.rol]}${e.verklaardOp?` (heeft al verklaard)`:``}`)));return F(`Verklaring aan de balie`,`balieverklaring`,v(`Legde een partner de verklaring aan de balie af? Leg die hier vast. De historie noemt u als medewerker.`),V(`Verklaring vastleggen`,[x(`Voor welke partner`,n),f(`fieldset`,{class:`utrecht-form-fieldset`},f(`legend`,{class:`utrecht-form-fieldset__legend`},`De partner verklaart`),...pt.map(([e,t])=>S(t,e)))],(t,n)=>{let r={gegevensNaarWaarheid:t.has(`gegevensNaarWaarheid`),nietEldersGehuwd:t.has(`nietEldersGehuwd`),nietUitsluitendVoorVerblijf:t.has(`nietUitsluitendVoorVerblijf`),bloedverwantDerdeOfVierdeGraad:t.has(`bloedverwantDerdeOfVierdeGraad`),beedigdeVerklaringBloedverwantschap:t.has(`beedigdeVerklaringBloedverwantschap`)},i=String(t.get(`partner`));N(n,async()=>(await d(je,{id:e.id,versie:e.versie,partner:i,verklaring:r})).registreerVerklaring,B(e)).then(e=>z(e,`De verklaring van ${E[i].toLowerCase()} is vastgelegd.`))}))}async function ht(e){let t=j(),{huwelijk:n}=await d(Ae,{id:e});t(`Zaak`,_(1,`Zaak van ${g(n.moment.start)}`),...[xe(),rt(n),it(n),ot(n),ft(n),at(n),mt(n),st(n),ct(n),lt(n),ut(n),dt(n)].filter(e=>e!==null),f(`p`,{class:`utrecht-paragraph`},f(`a`,{class:`utrecht-link`,href:`#/medewerker`},`Terug naar de lijst`)))}async function gt(e,t,n){let r=k(),a=r.demo,o={rol:e,gemeente:r.gemeentecode};t&&(o.bsn=t);let s=await fetch(a.tokenUrl,{method:`POST`,headers:{"Content-Type":`application/json`},body:JSON.stringify(o)});if(!s.ok)throw Error(`inloggen mislukt`);let c=await s.json();i({token:c.access_token,rol:e,naam:n,verlooptOp:Date.now()+c.expires_in*1e3}),A(e===`medewerker`?`#/medewerker`:`#/`)}function H(e=`#/`,t){let n=j(),r=k(),i=[_(1,`Inloggen`)];if(t&&i.push(D(`error`,t)),i.push(v(`Plan uw huwelijk of geregistreerd partnerschap in de gemeente ${r.naam}. Log in om te beginnen.`)),r.demo)i.push(D(`info`,`Dit is een demonstratie. U logt in als een testpersoon uit de BRP-testset; er worden geen echte gegevens gebruikt.`),_(2,`Inloggen als inwoner`),f(`ul`,{class:`app-keuzelijst`},...r.demo.testpersonen.map(e=>f(`li`,{},y(`Inloggen als ${e.naam}`,()=>void gt(`burger`,e.bsn,e.naam),`secondary-action`),f(`span`,{class:`app-toelichting`},` ${e.toelichting}`)))),_(2,`Inloggen als medewerker`),v(y(`Inloggen als medewerker burgerzaken`,()=>void gt(`medewerker`,null,`Medewerker burgerzaken`),`secondary-action`)));else if(r.oidc){let t=r.oidc;i.push(v(y(`Inloggen met DigiD`,()=>void De(t,e))),v(`Medewerkers loggen in met hun account van de gemeente via dezelfde knop.`))}else i.push(D(`warning`,`Inloggen is voor deze gemeente niet ingesteld. Neem contact op met de gemeente.`));n(`Inloggen`,...i)}function _t(e,t){let n=o(e),r=n[k().oidc?.rolClaim??`rol`]===`medewerker`?`medewerker`:`burger`;i({token:e,rol:r,naam:typeof n.name==`string`?n.name:r===`medewerker`?`Medewerker`:`Inwoner`,verlooptOp:t})}var vt=10,U={filter:{},cursors:[null]};async function yt(){let e=j(),t=f(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`status`},f(`option`,{value:``},`Alle statussen`),...Object.keys(w).map(e=>f(`option`,{value:e,selected:U.filter.status?.[0]===e},w[e]))),n=f(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`van`}),r=f(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`tot`}),i=f(`form`,{class:`utrecht-form app-filters`,role:`search`,"aria-label":`Huwelijken zoeken`},x(`Status`,t),x(`Ceremonie vanaf`,n),x(`Ceremonie vóór`,r),b(`Zoeken`)),a=f(`div`,{"aria-live":`polite`});i.addEventListener(`submit`,e=>{e.preventDefault();let t=new FormData(i),n={};t.get(`status`)&&(n.status=[String(t.get(`status`))]),t.get(`van`)&&(n.van=new Date(`${String(t.get(`van`))}T00:00:00`).toISOString()),t.get(`tot`)&&(n.tot=new Date(`${String(t.get(`tot`))}T00:00:00`).toISOString()),U={filter:n,cursors:[null]},W(a)}),e(`Huwelijken`,_(1,`Huwelijken en partnerschappen`),i,a),await W(a)}async function W(e){let t=U.cursors.at(-1)??null,{huwelijken:n}=await d(ke,{filter:U.filter,first:vt,after:t}),r=U.cursors.length,i=n.edges.map(({node:e})=>f(`tr`,{class:`utrecht-table__row`},f(`td`,{class:`utrecht-table__cell`},f(`a`,{class:`utrecht-link`,href:`#/medewerker/zaak/${e.id}`},`${g(e.moment.start)}`)),f(`td`,{class:`utrecht-table__cell`},T[e.soort]),f(`td`,{class:`utrecht-table__cell`},e.ceremonie.naam),f(`td`,{class:`utrecht-table__cell`},e.locatie.locatie?.naam??`Eigen locatie`),f(`td`,{class:`utrecht-table__cell`},w[e.status]),f(`td`,{class:`utrecht-table__cell`},e.melding?se[e.melding.status]:`Nog geen melding`))),a=f(`nav`,{class:`utrecht-pagination`,"aria-label":`Paginering`},r>1?y(`Vorige pagina`,()=>{U.cursors.pop(),W(e)},`secondary-action`):null,f(`span`,{class:`app-paginanummer`},` Pagina ${r} van ${Math.max(1,Math.ceil(n.totalCount/vt))} `),n.pageInfo.hasNextPage?y(`Volgende pagina`,()=>{U.cursors.push(n.pageInfo.endCursor),W(e)},`secondary-action`):null);e.replaceChildren(v(`${n.totalCount} gevonden.`),i.length===0?v(`Geen huwelijken die aan uw zoekopdracht voldoen.`):f(`div`,{class:`utrecht-table-container`},f(`table`,{class:`utrecht-table`},f(`caption`,{class:`utrecht-table__caption`},`Huwelijken op volgorde van datum`),f(`thead`,{class:`utrecht-table__header`},f(`tr`,{class:`utrecht-table__row`},...[`Datum en tijd`,`Soort`,`Ceremonie`,`Locatie`,`Status`,`Melding`].map(e=>f(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),f(`tbody`,{class:`utrecht-table__body`},...i))),a)}async function bt(){let e=j(),{mijnHuwelijken:t}=await d(Re),n=t.filter(e=>![`GEANNULEERD`,`VERLOPEN`,`VOLTROKKEN`].includes(e.status)),r=[_(1,`Mijn huwelijk of partnerschap`)];t.length===0?r.push(v(`U heeft nog geen huwelijk of partnerschap gepland.`)):r.push(f(`ul`,{class:`app-zaken`},...t.map(e=>f(`li`,{class:`app-zaak`},f(`a`,{class:`utrecht-link`,href:`#/zaak/${e.id}`},`${T[e.soort]} op ${g(e.moment.start)}`),f(`span`,{class:`utrecht-badge-status app-status`},w[e.status]))))),n.length===0&&r.push(v(y(`Plan een huwelijk of partnerschap`,()=>A(`#/plannen`)))),e(`Mijn huwelijk of partnerschap`,...r)}var xt=7;function G(e,t,n,r,i){let a=m(e);return f(`div`,{class:`utrecht-form-field utrecht-form-field--radio`},f(`div`,{class:`utrecht-form-field__input`},f(`input`,{type:`radio`,class:`utrecht-radio-button utrecht-radio-button--html-input`,name:e,id:a,value:t,checked:r,required:!0})),f(`div`,{class:`utrecht-form-field__label utrecht-form-field__label--radio`},f(`label`,{class:`utrecht-form-label utrecht-form-label--radio`,for:a},n),i?f(`div`,{class:`utrecht-form-field-description`},i):null))}function K(e,...t){return f(`fieldset`,{class:`utrecht-form-fieldset`},f(`legend`,{class:`utrecht-form-fieldset__legend`},e),...t)}async function St(){let e=j(),t=await d(Fe),n=f(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`vanaf`,value:ne(new Date(Date.now()+18144e5)),required:!0}),r=f(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`locatie`},f(`option`,{value:``},`Alle locaties`),...t.locaties.map(e=>f(`option`,{value:e.id},e.naam))),i=f(`form`,{class:`utrecht-form`,novalidate:!1},K(`Wat wilt u?`,...[`HUWELIJK`,`GEREGISTREERD_PARTNERSCHAP`,`OMZETTING`].map((e,t)=>G(`soort`,e,T[e],t===0))),K(`Welke ceremonie?`,...t.ceremonietypen.map((e,t)=>G(`ceremonietype`,e.code,`${e.naam} (${e.prijs.weergave})`,t===0,e.omschrijving))),x(`Vanaf welke datum zoekt u?`,n,`Wij tonen de vrije momenten van ${xt} dagen.`),x(`Locatie`,r),b(`Vrije momenten zoeken`)),a=f(`div`,{"aria-live":`polite`});i.addEventListener(`submit`,e=>{e.preventDefault(),Ct(t,new FormData(i),a)}),e(`Plannen`,_(1,`Een huwelijk of partnerschap plannen`),v(`Kies wat u wilt en wanneer. U reserveert eerst voorlopig; daarna nodigt u uw partner uit.`),i,a)}async function Ct(e,t,n){let r=String(t.get(`vanaf`)),i=ne(new Date(new Date(`${r}T12:00:00Z`).getTime()+5184e5)),a=String(t.get(`ceremonietype`));n.replaceChildren(v(`Bezig met zoeken…`));let o=String(t.get(`locatie`)||``)||null,{beschikbaarheid:s}=await d(Ie,{van:r,tot:i,ceremonietype:a,locatie:o});if(s.length===0){n.replaceChildren(_(2,`Geen vrije momenten`),v(`In deze periode is niets vrij. Kies een latere datum of een andere locatie.`));return}let c=await Promise.all(s.map(async e=>(await d(Le,{datum:e.datum,ceremonietype:a,locatie:o})).tijdsloten)),l=new Map;for(let[e,t]of c.entries())t.length>0&&l.set(s[e].datum,t);let u=f(`form`,{class:`utrecht-form`},_(2,`Kies een moment`),...[...l.values()].map(e=>K(ee(e[0].start),...e.map(e=>G(`slot`,`${e.start}|${e.locatie.id}`,`${te(e.start)} uur, ${e.locatie.naam}, ${e.prijs.weergave}`,!1)))),e.extras.length>0?K(`Extra's (niet verplicht)`,...e.extras.map(e=>{let t=m(`extra`);return f(`div`,{class:`utrecht-form-field utrecht-form-field--checkbox`},f(`div`,{class:`utrecht-form-field__input`},f(`input`,{type:`checkbox`,class:`utrecht-checkbox utrecht-checkbox--html-input`,name:`extra`,value:e.code,id:t})),f(`div`,{class:`utrecht-form-field__label`},f(`label`,{class:`utrecht-form-label`,for:t},`${e.naam} (${e.prijs.weergave})`)))})):null,b(`Voorlopig reserveren`)),p=f(`div`);u.addEventListener(`submit`,r=>{r.preventDefault();let i=new FormData(u),[o,s]=String(i.get(`slot`)??``).split(`|`);o&&s&&N(p,async()=>(await d(ze,{invoer:{soort:String(t.get(`soort`)),ceremonietype:a,start:o,locatie:{locatieId:s},ambtenaar:{toegewezen:!0},extras:i.getAll(`extra`).map(String)}})).reserveer,{tekst:`Opnieuw zoeken`,doe:()=>void Ct(e,t,n)}).then(e=>{e&&A(`#/zaak/${e.id}`)})}),n.replaceChildren(u,p)}function q(e,t){e&&(be(t),A(`#/zaak/${e.id}`))}var J=e=>({tekst:`Gegevens opnieuw laden`,doe:()=>A(`#/zaak/${e.id}`)});function Y(e,t,n){let r=f(`div`,{"aria-live":`polite`}),i=f(`form`,{class:`utrecht-form`},...t,b(e),r);return i.addEventListener(`submit`,e=>{e.preventDefault(),n(new FormData(i),r)}),i}var X=e=>e.partners.find(e=>e.isIk),Z=O,wt=e=>{let t=e.partners.find(e=>e.rol===`PARTNER2`),n=t&&[`GEWEIGERD`,`INGETROKKEN`].includes(t.instemming.status);return!Z(e,`nodigPartnerUit`)||t&&!n?null:F(`Nodig uw partner uit`,`uitnodigen`,v(`Uw partner logt daarna zelf in en stemt in met het huwelijk of partnerschap.`),Y(`Partner uitnodigen`,[x(`Burgerservicenummer van uw partner`,C(`bsn`,{inputmode:`numeric`,autocomplete:`off`,required:!0,pattern:`[0-9]{9}`}),`9 cijfers`)],(t,n)=>void N(n,async()=>(await d(Be,{id:e.id,versie:e.versie,burgerservicenummer:String(t.get(`bsn`)).trim()})).nodigPartnerUit,J(e)).then(e=>q(e,`Uw partner is uitgenodigd. Uw partner kan nu inloggen en instemmen.`))))},Tt=e=>{if(!X(e)||!Z(e,`stemIn`))return null;let t=f(`div`,{"aria-live":`polite`});return F(`Stemt u in?`,`instemmen`,v(`Uw partner heeft u uitgenodigd voor dit huwelijk of partnerschap. Stemt u in?`),f(`div`,{class:`utrecht-button-group`},y(`Ja, ik stem in`,()=>void N(t,async()=>(await d(Ve,{id:e.id,versie:e.versie})).stemIn,J(e)).then(e=>q(e,`U heeft ingestemd. De reservering staat nu vast tot de melding.`))),y(`Nee, ik stem niet in`,()=>void N(t,async()=>(await d(He,{id:e.id,versie:e.versie})).weigerInstemming,J(e)).then(e=>q(e,`U heeft niet ingestemd.`)),`secondary-action`)),t)},Et=[`VOLTROKKEN`,`GEANNULEERD`,`VERLOPEN`],Dt=e=>{if(!Z(e,`voegGetuigeToe`)&&!Z(e,`verwijderGetuige`))return!X(e)||Et.includes(e.status)||X(e)?.instemming.status!==`VERLEEND`?null:F(`Getuigen`,`getuigen`,D(`info`,`U kunt de getuigen nu niet (meer) zelf wijzigen. Neem contact op met de gemeente als er iets moet veranderen.`));let t=f(`div`,{"aria-live":`polite`}),n=e.getuigen.map(n=>f(`li`,{class:`utrecht-unordered-list__item`},`Getuige ${n.volgnummer}: ${n.gemeentelijk?`getuige van de gemeente`:`BSN ${n.burgerservicenummer??``}`} `,Z(e,`verwijderGetuige`)?y(`Getuige ${n.volgnummer} verwijderen`,()=>void N(t,async()=>(await d(We,{id:e.id,versie:e.versie,volgnummer:n.volgnummer})).verwijderGetuige,J(e)).then(e=>q(e,`De getuige is verwijderd.`)),`subtle`):null));return F(`Getuigen`,`getuigen`,v(`U heeft 2 tot 4 getuigen nodig, van 18 jaar of ouder. Geen getuigen? De gemeente kan er een leveren (tegen betaling).`),n.length?f(`ul`,{class:`utrecht-unordered-list`},...n):v(`Nog geen getuigen.`),t,Z(e,`voegGetuigeToe`)?Y(`Getuige toevoegen`,[x(`Burgerservicenummer van de getuige`,C(`bsn`,{inputmode:`numeric`,autocomplete:`off`,pattern:`[0-9]{9}`}),`Laat leeg als u een getuige van de gemeente wilt`),S(`Een getuige van de gemeente`,`gemeentelijk`)],(t,n)=>{let r=String(t.get(`bsn`)??``).trim(),i=t.get(`gemeentelijk`)||!r?{gemeentelijk:!0}:{burgerservicenummer:r};N(n,async()=>(await d(Ue,{id:e.id,versie:e.versie,getuige:i})).voegGetuigeToe,J(e)).then(e=>q(e,`De getuige is toegevoegd.`))}):null)};function Q(e,t,n,r){return f(`fieldset`,{class:`utrecht-form-fieldset`},f(`legend`,{class:`utrecht-form-fieldset__legend`},t),...n.map(([t,n],i)=>{let a=`${e}-${i}`;return f(`div`,{class:`utrecht-form-field utrecht-form-field--radio`},f(`div`,{class:`utrecht-form-field__input`},f(`input`,{type:`radio`,class:`utrecht-radio-button utrecht-radio-button--html-input`,name:e,id:a,value:t,checked:t===r})),f(`div`,{class:`utrecht-form-field__label`},f(`label`,{class:`utrecht-form-label`,for:a},n)))}))}var Ot=(e,t)=>{if(!Z(e,`kiesAmbtenaar`))return null;let n=e.ambtenaar.keuze===`KEUZE`?e.ambtenaar.ambtenaar?.id??``:e.ambtenaar.keuze===`EIGEN`?`eigen`:`toegewezen`;return F(`Trouwambtenaar (BABS)`,`ambtenaar`,Y(`Trouwambtenaar opslaan`,[Q(`babs`,`Wie trouwt u?`,[[`toegewezen`,`Geen voorkeur: de gemeente wijst iemand toe`],...t.ambtenaren.map(e=>[e.id,e.naam]),[`eigen`,`Een eigen trouwambtenaar (voor één dag)`]],n),x(`Naam van de eigen trouwambtenaar`,C(`eigenNaam`,{autocomplete:`off`}),`Alleen bij een eigen trouwambtenaar`),x(`Burgerservicenummer van de eigen trouwambtenaar`,C(`eigenBsn`,{inputmode:`numeric`,autocomplete:`off`}),`Alleen bij een eigen trouwambtenaar`)],(t,n)=>{let r=String(t.get(`babs`)),i=r===`toegewezen`?{toegewezen:!0}:r===`eigen`?{eigenBabs:{naam:String(t.get(`eigenNaam`)),burgerservicenummer:String(t.get(`eigenBsn`)).trim()}}:{ambtenaarId:r};N(n,async()=>(await d(Ge,{id:e.id,versie:e.versie,ambtenaar:i})).kiesAmbtenaar,J(e)).then(e=>q(e,`De trouwambtenaar is opgeslagen.`))}))},kt=(e,t)=>{if(!Z(e,`kiesLocatie`))return null;let n=e.locatie.locatie?.id??`eigen`;return F(`Locatie`,`locatie`,Y(`Locatie opslaan`,[Q(`locatie`,`Waar trouwt u?`,[...t.locaties.map(e=>[e.id,`${e.naam} (${e.prijs.weergave})`]),[`eigen`,`Een eigen locatie in de gemeente`]],n),x(`Straat`,C(`straat`,{autocomplete:`address-line1`}),`Alleen bij een eigen locatie`),x(`Huisnummer`,C(`huisnummer`,{inputmode:`numeric`})),x(`Postcode`,C(`postcode`,{autocomplete:`postal-code`})),x(`Plaats`,C(`woonplaats`,{autocomplete:`address-level2`}))],(t,n)=>{let r=String(t.get(`locatie`)),i=r===`eigen`?{adres:{straat:String(t.get(`straat`)).trim(),huisnummer:Number.parseInt(String(t.get(`huisnummer`)),10)||0,postcode:String(t.get(`postcode`)).replace(/\s/g,``).toUpperCase(),woonplaats:String(t.get(`woonplaats`)).trim()}}:{locatieId:r};N(n,async()=>(await d(Ke,{id:e.id,versie:e.versie,locatie:i})).kiesLocatie,J(e)).then(e=>q(e,`De locatie is opgeslagen.`))}))},At=e=>{let t=X(e);return!t||!Z(e,`kiesNaamgebruik`)?null:F(`Uw achternaam na het trouwen`,`naamgebruik`,Y(`Naamgebruik opslaan`,[Q(`naamgebruik`,`Welke achternaam gebruikt u?`,Object.keys(de).map(e=>[e,de[e]]),t.naamgebruik??`E`)],(n,r)=>void N(r,async()=>(await d(qe,{id:e.id,versie:e.versie,partner:t.rol,naamgebruik:String(n.get(`naamgebruik`))})).kiesNaamgebruik,J(e)).then(e=>q(e,`Uw naamgebruik is opgeslagen.`))))},jt=[[`gegevensNaarWaarheid`,`Mijn gegevens zijn naar waarheid ingevuld`],[`nietEldersGehuwd`,`Ik ben niet getrouwd en heb geen geregistreerd partnerschap (ook niet in het buitenland)`],[`nietUitsluitendVoorVerblijf`,`Wij trouwen niet alleen om een verblijfsvergunning te krijgen`],[`bloedverwantDerdeOfVierdeGraad`,`Mijn partner is een bloedverwant in de derde of vierde graad (bijvoorbeeld een neef of nicht)`],[`beedigdeVerklaringBloedverwantschap`,`Ik geef daarover een beëdigde verklaring`]],Mt=[Tt,wt,Dt,Ot,kt,e=>{let t=X(e);if(!t||!Z(e,`legVerklaringAf`))return null;let n=e.partners.find(e=>!e.isIk),r=t.verklaring,i=[t.verklaardOp?`U heeft uw verklaring afgelegd op ${g(t.verklaardOp)} uur.`:`U heeft uw verklaring nog niet afgelegd.`,n?.verklaardOp?`Uw partner heeft de eigen verklaring afgelegd op ${g(n.verklaardOp)} uur.`:`Uw partner heeft de eigen verklaring nog niet afgelegd.`];return F(`Uw verklaring`,`verklaring`,v(`Voor de melding verklaart elke partner zelf, met de eigen inlog, dat de gegevens kloppen. Uw partner doet dat met de eigen inlog; u ziet alleen of dat gebeurd is.`),...i.map(e=>v(e)),Y(r?`Verklaring opnieuw afleggen`:`Verklaring afleggen`,[f(`fieldset`,{class:`utrecht-form-fieldset`},f(`legend`,{class:`utrecht-form-fieldset__legend`},`Ik verklaar`),...jt.map(([e,t])=>S(t,e,!!r?.[e])))],(t,r)=>{let i={gegevensNaarWaarheid:t.has(`gegevensNaarWaarheid`),nietEldersGehuwd:t.has(`nietEldersGehuwd`),nietUitsluitendVoorVerblijf:t.has(`nietUitsluitendVoorVerblijf`),bloedverwantDerdeOfVierdeGraad:t.has(`bloedverwantDerdeOfVierdeGraad`),beedigdeVerklaringBloedverwantschap:t.has(`beedigdeVerklaringBloedverwantschap`)};N(r,async()=>(await d(Je,{id:e.id,versie:e.versie,verklaring:i})).legVerklaringAf,J(e)).then(e=>q(e,n?.verklaardOp?`Uw verklaring is vastgelegd. U kunt nu de melding doen.`:`Uw verklaring is vastgelegd. Uw partner legt de eigen verklaring af met de eigen inlog; daarna kan de melding.`))}))},e=>{if(!Z(e,`doeMelding`)||!X(e))return null;let t=f(`div`,{"aria-live":`polite`});return F(`Melding voorgenomen huwelijk`,`melding`,v(`U heeft allebei uw verklaring afgelegd. Met de melding controleert de gemeente of u mag trouwen. Dat gebeurt direct; u ziet de uitkomst hieronder.`),y(`Melding doen`,()=>void N(t,async()=>(await d(Ye,{id:e.id,versie:e.versie})).doeMelding,J(e)).then(e=>q(e,`Uw melding is ontvangen. De gemeente beoordeelt haar.`))),t)},e=>{if(!Z(e,`startBetaling`)||!X(e))return null;let t=f(`div`,{"aria-live":`polite`});return F(`Betalen`,`betalen`,v(`De melding is goedgekeurd. Betaal ${e.prijs.totaal.weergave}${e.verlooptOp?` vóór ${g(e.verlooptOp)} uur`:``}; daarna bevestigt u het huwelijk.`),e.betaling?.status===`MISLUKT`?v(`Uw vorige betaling is niet gelukt. U kunt het opnieuw proberen.`):null,y(`Betalen`,()=>void(async()=>{t.replaceChildren(v(`U gaat naar de betaalpagina…`));let n=(await d(Xe,{id:e.id,versie:e.versie})).startBetaling;n.__typename===`BetalingGestart`?location.assign(n.checkoutUrl):await N(t,async()=>n,J(e))})()),t)},e=>{if(!Z(e,`bevestig`)||!X(e))return null;let t=f(`div`,{"aria-live":`polite`});return F(`Bevestigen`,`bevestigen`,v(`Alles is geregeld. Bevestig uw huwelijk of partnerschap.`),y(`Bevestigen`,()=>void N(t,async()=>(await d(Ze,{id:e.id,versie:e.versie})).bevestig,J(e)).then(e=>q(e,`Uw huwelijk of partnerschap is bevestigd. Tot op de dag zelf!`))),t)},At,e=>{if(!Z(e,`annuleer`)||!X(e))return null;let t=f(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3,required:!0});return F(`Annuleren`,`annuleren`,v(`Wilt u niet meer trouwen op dit moment? Annuleer dan. Na de melding kan de gemeente kosten rekenen.`),Y(`Annuleren`,[x(`Waarom annuleert u?`,t)],(t,n)=>void N(n,async()=>(await d(Qe,{id:e.id,versie:e.versie,reden:String(t.get(`reden`))})).annuleer,J(e)).then(e=>q(e,`Uw huwelijk of partnerschap is geannuleerd.`))))}];async function Nt(e){let t=j(),[{huwelijk:n},r]=await Promise.all([d(R,{id:e}),d(Fe)]);t(`Uw huwelijk of partnerschap`,_(1,`Uw huwelijk of partnerschap`),...[xe(),rt(n),it(n),ot(n),at(n),...Mt.map(e=>e(n,r))].filter(e=>e!==null),f(`p`,{class:`utrecht-paragraph`},f(`a`,{class:`utrecht-link`,href:`#/`},`Terug naar uw overzicht`)))}async function $(){let e=location.hash.replace(/^#/,``)||`/`,t=r(),[,n,i,a]=e.split(`/`),o=location.hash;if(!t)H(`#${e}`);else try{n===`inloggen`?H():n===`medewerker`&&i===`zaak`&&a?await ht(a):n===`medewerker`?await yt():n===`plannen`?await St():n===`zaak`&&i?await Nt(i):n===`betaald`&&i?await et(i):t.rol===`medewerker`?await yt():await bt()}catch(e){location.hash===o&&ye(e)}}function Pt(e){document.documentElement.classList.add(`${e.thema}-theme`),document.getElementById(`gemeente`).textContent=`Gemeente ${e.naam}`,document.getElementById(`voet`).textContent=`Gemeente ${e.naam} - Trouwen en geregistreerd partnerschap`}async function Ft(){let e=await Se();t(e.gemeentecode),l(e.graphql),ge(e,()=>void $()),Pt(e);let n=new URLSearchParams(location.search),r=n.get(`betaald`);if(r)history.replaceState(null,``,`${location.pathname}#/betaald/${encodeURIComponent(r)}`);else if(e.oidc&&(n.has(`code`)||n.has(`error`))){history.replaceState(null,``,location.pathname);try{let t=await Oe(e.oidc,n);t&&(_t(t.token,t.verlooptOp),history.replaceState(null,``,`${location.pathname}${t.na}`))}catch(e){H(`#/`,e instanceof Error?e.message:void 0),window.addEventListener(`hashchange`,()=>void $());return}}window.addEventListener(`hashchange`,()=>void $()),await $()}Ft();