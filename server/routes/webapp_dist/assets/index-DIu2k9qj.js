var e=``;function t(t){e=t}var n=t=>`trouwgraph:${e}:${t}`,r=()=>n(`sessie`),i=3e4,a=e=>e.verlooptOp-i<Date.now();function o(){let e=sessionStorage.getItem(r());if(!e)return null;let t=JSON.parse(e);return a(t)&&!t.verversToken?(sessionStorage.removeItem(r()),null):t}function s(e){sessionStorage.setItem(r(),JSON.stringify(e))}function c(){sessionStorage.removeItem(r())}var l=null;function u(e){l=e}async function ee(){let e=o();return!e||!a(e)?e:(te??=ne(e).finally(()=>{te=null}),te)}var te=null;async function ne(e){let t=e.verversToken&&l?await l(e):null;return t?s(t):c(),t}function d(e){let t=e.split(`.`)[1]??``,n=atob(t.replace(/-/g,`+`).replace(/_/g,`/`));return JSON.parse(new TextDecoder().decode(Uint8Array.from(n,e=>e.charCodeAt(0))))}var f=class extends Error{code;opnieuwInloggen;constructor(e,t,n=!1){super(e),this.code=t,this.opnieuwInloggen=n}},re=`../graphql`;function ie(e){re=e}var ae={NIET_GEAUTHENTICEERD:`U bent niet (meer) ingelogd. Log opnieuw in.`,NIET_TOEGESTAAN:`U mag deze gegevens niet inzien.`,TE_VEEL_VERZOEKEN:`Er zijn te veel verzoeken gedaan. Probeer het over een minuut opnieuw.`};async function p(e,...[t]){let n=await ee(),r={"Content-Type":`application/json`,Accept:`application/json`};n&&(r.Authorization=`Bearer ${n.token}`);let i;try{i=await fetch(re,{method:`POST`,headers:r,body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new f(`De gemeente is nu niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.`,`NETWERK`)}if(i.status===401)throw new f(ae.NIET_GEAUTHENTICEERD,`NIET_GEAUTHENTICEERD`,!0);if(i.status===429)throw new f(ae.TE_VEEL_VERZOEKEN,`TE_VEEL_VERZOEKEN`);let a=await i.json().catch(()=>({})),o=a.errors?.[0];if(o||!a.data){let e=o?.extensions?.code??`HTTP_${i.status}`;throw new f(ae[e]??`Er ging iets mis bij de gemeente. Probeer het later opnieuw.`,e,e===`NIET_GEAUTHENTICEERD`)}return a.data}function m(e,t={},...n){let r=document.createElement(e);for(let[e,n]of Object.entries(t))n!==void 0&&n!==!1&&(typeof n==`function`?r.addEventListener(e.slice(2),n):n===!0?r.setAttribute(e,``):r.setAttribute(e,String(n)));for(let e of n.flat())e!=null&&e!==!1&&r.append(typeof e==`object`?e:String(e));return r}var oe=0;function h(e){return oe+=1,`${e}-${oe}`}var g=`Europe/Amsterdam`;function _(e){return new Intl.DateTimeFormat(`nl-NL`,{weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,hour:`2-digit`,minute:`2-digit`,timeZone:g}).format(new Date(e))}function se(e){return new Intl.DateTimeFormat(`nl-NL`,{weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,timeZone:g}).format(new Date(e))}function ce(e){return new Intl.DateTimeFormat(`nl-NL`,{hour:`2-digit`,minute:`2-digit`,timeZone:g}).format(new Date(e))}function le(e){return new Intl.DateTimeFormat(`sv-SE`,{timeZone:g}).format(e)}var v=(e,t,n)=>m(`h${e}`,{class:`utrecht-heading-${e}`,id:n,tabindex:e===1?-1:void 0},t),y=(...e)=>m(`p`,{class:`utrecht-paragraph`},...e);function b(e,t,n=`primary-action`){return m(`button`,{type:`button`,class:`utrecht-button utrecht-button--${n}`,onclick:t},e)}function x(e,t=`primary-action`){return m(`button`,{type:`submit`,class:`utrecht-button utrecht-button--${t}`},e)}function S(e,t,n){let r=t.id||h(`veld`);t.id=r;let i=[m(`div`,{class:`utrecht-form-field__label`},m(`label`,{class:`utrecht-form-label`,for:r},e))];if(n){let e=`${r}-omschrijving`;t.setAttribute(`aria-describedby`,e),i.push(m(`div`,{class:`utrecht-form-field-description`,id:e},n))}return i.push(m(`div`,{class:`utrecht-form-field__input`},t)),m(`div`,{class:`utrecht-form-field utrecht-form-field--text`},...i)}function ue(e,t,n=!1){let r=h(t);return m(`div`,{class:`utrecht-form-field utrecht-form-field--checkbox`},m(`div`,{class:`utrecht-form-field__input`},m(`input`,{type:`checkbox`,class:`utrecht-checkbox utrecht-checkbox--html-input`,id:r,name:t,checked:n})),m(`div`,{class:`utrecht-form-field__label utrecht-form-field__label--checkbox`},m(`label`,{class:`utrecht-form-label utrecht-form-label--checkbox`,for:r},e)))}function C(e,t={}){return m(`input`,{class:`utrecht-textbox utrecht-textbox--html-input`,name:e,type:`text`,...t})}function de(e){return m(`dl`,{class:`app-gegevens`},...e.flatMap(([e,t])=>[m(`dt`,{},e),m(`dd`,{},...[t].flat())]))}var w={VOORLOPIG:`Voorlopig gereserveerd`,GERESERVEERD:`Gereserveerd`,GEMELD:`Melding gedaan`,GOEDGEKEURD:`Melding goedgekeurd`,AFGEWEZEN:`Melding afgewezen`,BEVESTIGD:`Bevestigd`,VOLTROKKEN:`Voltrokken`,GEANNULEERD:`Geannuleerd`,VERLOPEN:`Verlopen`},T={HUWELIJK:`Huwelijk`,GEREGISTREERD_PARTNERSCHAP:`Geregistreerd partnerschap`,OMZETTING:`Omzetting van partnerschap in huwelijk`},fe={VOLDAAN:`In orde`,NIET_VOLDAAN:`Niet in orde`,HANDMATIGE_BEOORDELING:`De gemeente beoordeelt dit`},pe={GEVRAAGD:`Nog niet ingestemd`,VERLEEND:`Ingestemd`,GEWEIGERD:`Geweigerd`,INGETROKKEN:`Ingetrokken`},me={OPEN:`Nog niet afgerond`,BETAALD:`Betaald`,DEELS_BETAALD:`Deels betaald`,MISLUKT:`Mislukt`,GEANNULEERD:`Geannuleerd`,VERLOPEN:`Verlopen`,TERUGBETAALD:`Wordt terugbetaald`},he={ONTVANGEN:`Ontvangen`,IN_BEHANDELING:`In behandeling`,GOEDGEKEURD:`Goedgekeurd`,AFGEWEZEN:`Afgewezen`},ge={RESERVEER:`Gereserveerd`,NODIG_PARTNER_UIT:`Partner uitgenodigd`,STEM_IN:`Partner heeft ingestemd`,WEIGER_INSTEMMING:`Partner heeft geweigerd`,WIJZIG_GETUIGEN:`Getuigen gewijzigd`,WIJZIG_RESERVERING:`Reservering gewijzigd`,WIJZIG_DOOR_GEMEENTE:`Gewijzigd door de gemeente`,KIES_NAAMGEBRUIK:`Naamgebruik gekozen`,REGISTREER_TOETSING:`Toetsing vastgelegd`,LEG_VERKLARING_AF:`Verklaring afgelegd`,DOE_MELDING:`Melding gedaan`,NEEM_IN_BEHANDELING:`In behandeling genomen`,KEUR_GOED:`Melding goedgekeurd`,WIJS_AF:`Melding afgewezen`,REGISTREER_BETALING:`Betaling vastgelegd`,BEVESTIG:`Bevestigd`,VOLTREK:`Voltrokken`,ANNULEER:`Geannuleerd`,VERLOOP:`Verlopen`},E={PARTNER1:`Partner 1`,PARTNER2:`Partner 2`},_e={MEERDERJARIG:`Meerderjarig`,IN_LEVEN:`In leven`,BURGERLIJKE_STAAT:`Niet al getrouwd of partner`,CURATELE:`Curatele`,BIJHOUDING:`Inschrijving in de BRP`,NATIONALITEIT:`Nationaliteit`,VERBLIJF:`Verblijf in Nederland`,BLOEDVERWANTSCHAP:`Geen bloedverwanten`,BSN_GELDIG:`Geldig burgerservicenummer`,PERSONEN_UNIEK:`Allemaal verschillende personen`,GETUIGEN_AANTAL:`Aantal getuigen`,GETUIGE_MEERDERJARIG:`Getuige meerderjarig`,EIGEN_BABS_MEERDERJARIG:`Eigen trouwambtenaar meerderjarig`,EIGEN_BABS_CURATELE:`Eigen trouwambtenaar niet onder curatele`,MELDINGSTERMIJN:`Melding op tijd`,LOPENDE_ZAAK:`Geen ander lopend huwelijksdossier`},ve={PARTNER1:`Partner 1`,PARTNER2:`Partner 2`,GETUIGE_1:`Getuige 1`,GETUIGE_2:`Getuige 2`,GETUIGE_3:`Getuige 3`,GETUIGE_4:`Getuige 4`,AMBTENAAR:`Trouwambtenaar`,HUWELIJK:`Het huwelijk`},ye={E:`Alleen mijn eigen achternaam`,P:`Alleen de achternaam van mijn partner`,V:`Achternaam van mijn partner, dan mijn eigen`,N:`Mijn eigen achternaam, dan die van mijn partner`},be={VersieConflict:`Iemand anders heeft de gegevens intussen gewijzigd. Wij hebben ze opnieuw geladen; bekijk ze en probeer het nog eens.`,SlotBezet:`Kies een ander moment, een andere locatie of een andere trouwambtenaar.`,TermijnVerstreken:`Neem contact op met de gemeente als u toch iets wilt wijzigen.`,OngeldigeStatus:`Wij hebben de gegevens opnieuw geladen, zodat u ziet wat nu kan.`,NietToegestaan:`Log in als de juiste persoon, of neem contact op met de gemeente.`,NietGevonden:`Ga terug naar uw overzicht.`,OngeldigeInvoer:`Pas uw invoer aan en probeer het opnieuw.`,EigenLocatieAfgewezen:`Controleer het adres, of kies een locatie van de gemeente.`,VerklaringOntbreekt:`Elke partner legt de eigen verklaring af, met de eigen inlog. Daarna kan de melding.`,BeletselGevonden:`Zo kan het huwelijk niet doorgaan. Neem contact op met de gemeente als u denkt dat dit niet klopt.`};function xe(e,t){let n=[m(`h2`,{class:`utrecht-heading-3`},`Dat is niet gelukt`),y(e.melding)],r=be[e.__typename];return r&&n.push(y(r)),e.__typename===`BeletselGevonden`&&e.toetsing&&n.push(m(`ul`,{class:`utrecht-unordered-list`},...e.toetsing.filter(e=>e.uitkomst!==`VOLDAAN`).map(e=>m(`li`,{class:`utrecht-unordered-list__item`},`${fe[e.uitkomst]}: ${e.reden}`)))),t&&n.push(b(t.tekst,t.doe,`secondary-action`)),D(`error`,n)}function D(e,t){let n=e===`error`?`alert`:`status`;return m(`div`,{class:`utrecht-alert utrecht-alert--${e}`,role:n},m(`div`,{class:`utrecht-alert__content`},m(`div`,{class:`utrecht-alert__message`},...typeof t==`string`?[y(t)]:t)))}var O=()=>n(`oidc`),Se=`Deze inlogpoging is niet (meer) bekend. Log opnieuw in.`,Ce=`Inloggen is niet gelukt. Probeer het opnieuw.`;function we(e){let t=``;for(let n of e)t+=String.fromCharCode(n);return btoa(t).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function Te(e){return we(crypto.getRandomValues(new Uint8Array(e)))}async function Ee(e){let t=await crypto.subtle.digest(`SHA-256`,new TextEncoder().encode(e));return we(new Uint8Array(t))}function k(){return`${location.origin}${location.pathname}`}function De(e){return/^#\/[\w\-/]*$/.test(e)&&!e.startsWith(`#/inloggen`)?e:`#/`}async function Oe(e,t){let n={verifier:Te(48),state:Te(16),nonce:Te(16),na:De(t)};sessionStorage.setItem(O(),JSON.stringify(n));let r=new URL(e.autorisatieUrl);for(let[t,i]of Object.entries({response_type:`code`,client_id:e.clientId,redirect_uri:k(),scope:e.scope,state:n.state,nonce:n.nonce,code_challenge:await Ee(n.verifier),code_challenge_method:`S256`}))r.searchParams.set(t,i);location.assign(r.toString())}async function ke(e,t){let n;try{n=await fetch(e.tokenUrl,{method:`POST`,headers:{"Content-Type":`application/x-www-form-urlencoded`,Accept:`application/json`},body:new URLSearchParams({client_id:e.clientId,...t}),credentials:`omit`})}catch{return null}let r=await n.json().catch(()=>null);return n.ok&&typeof r?.access_token==`string`?r:null}function Ae(e,t,n){let r={},i={};try{r=d(t.access_token)}catch{}t.id_token&&(i=d(t.id_token));let a=r[e.rolClaim]===`medewerker`?`medewerker`:`burger`,o=[i.name,r.name].find(e=>typeof e==`string`)??n?.naam??(a===`medewerker`?`Medewerker`:`Inwoner`),s=typeof r.exp==`number`?r.exp*1e3:Date.now()+(t.expires_in??300)*1e3;return{token:t.access_token,rol:a,naam:o,verlooptOp:s,verversToken:t.refresh_token??n?.verversToken,idToken:t.id_token??n?.idToken}}async function je(e,t){let n=t.get(`code`);if(!n&&!t.get(`error`))return null;let r=sessionStorage.getItem(O());if(sessionStorage.removeItem(O()),t.get(`error`))throw Error(`Het inloggen is afgebroken. Probeer het opnieuw.`);if(!r||!n)throw Error(Se);let i=JSON.parse(r);if(t.get(`state`)!==i.state)throw Error(Se);let a=await ke(e,{grant_type:`authorization_code`,code:n,redirect_uri:k(),code_verifier:i.verifier});if(!a)throw Error(Ce);if(a.id_token&&d(a.id_token).nonce!==i.nonce)throw Error(Se);return{sessie:Ae(e,a),na:De(i.na)}}async function Me(e,t){if(!t.verversToken)return null;let n=await ke(e,{grant_type:`refresh_token`,refresh_token:t.verversToken});return n?Ae(e,n,t):null}function Ne(e,t){if(!e.uitlogUrl)return null;let n=new URL(e.uitlogUrl);return n.searchParams.set(`client_id`,e.clientId),n.searchParams.set(`post_logout_redirect_uri`,k()),t?.idToken&&n.searchParams.set(`id_token_hint`,t.idToken),n.toString()}var A=(e,t)=>e.mogelijkeMutaties.some(e=>e.mutatie===t),j,M=()=>void 0;function Pe(e,t){j=e,M=t}var Fe=()=>j;function N(e){location.hash===e?M():location.hash=e}var Ie=0;function P(){let e=++Ie;return(t,...n)=>{e===Ie&&F(t,...n)}}function F(e,...t){let n=document.getElementById(`pagina`);n.replaceChildren(...t),document.title=`${e} - Gemeente ${j.naam}`,n.querySelector(`h1`)?.focus({preventScroll:!1}),Le()}function Le(){let e=document.getElementById(`account`),t=o();t?e.replaceChildren(m(`span`,{class:`app-ingelogd`},`Ingelogd als ${t.naam}`),Object.assign(b(`Uitloggen`,()=>{let e=j.oidc?Ne(j.oidc,t):null;c(),sessionStorage.setItem(n(`uitgelogd`),`1`),e?location.assign(e):N(`#/inloggen`)},`subtle`),{className:`utrecht-button utrecht-button--subtle app-uitloggen`})):e.replaceChildren()}function Re(e){if(e instanceof f&&e.opnieuwInloggen){c(),F(`Opnieuw inloggen`,m(`h1`,{class:`utrecht-heading-1`,tabindex:-1},`Opnieuw inloggen`),D(`warning`,e.message),b(`Naar inloggen`,()=>N(`#/inloggen`)));return}let t=e instanceof f?e.message:`Er ging iets mis. Probeer het later opnieuw.`;F(`Er ging iets mis`,m(`h1`,{class:`utrecht-heading-1`,tabindex:-1},`Er ging iets mis`),D(`error`,t),b(`Opnieuw proberen`,()=>M()))}async function I(e,t,n){e.replaceChildren(y(`Bezig…`));let r;try{r=await t()}catch(t){return e.replaceChildren(D(`error`,t instanceof f?t.message:`Er ging iets mis. Probeer het opnieuw.`)),null}return r.__typename===`HuwelijkGewijzigd`||r.__typename===`BetalingGestart`?(e.replaceChildren(),r.huwelijk??null):(e.replaceChildren(xe(r,n)),e.querySelector(`[role=alert]`)?.focus(),null)}var L=null;function ze(e){L=e}function Be(){let e=L;return L=null,e?D(`ok`,e):null}function R(e,t,...n){return m(`section`,{class:`app-sectie`,"aria-labelledby":t},m(`h2`,{class:`utrecht-heading-2`,id:t},e),...n.filter(e=>e!==null))}async function Ve(){let e=await fetch(`config.json`,{headers:{Accept:`application/json`}});if(!e.ok)throw Error(`config.json: ${e.status}`);return await e.json()}var z=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new z(`
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
    `,{fragmentName:`VerklaringVelden`}),new z(`
    fragment BedragVelden on Bedrag {
  centen
  weergave
}
    `,{fragmentName:`BedragVelden`}),new z(`
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
    `,{fragmentName:`ToetsuitkomstVelden`}),new z(`
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
}`,{fragmentName:`HuwelijkVelden`}),new z(`
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
}`,{fragmentName:`ProbleemVelden`}),new z(`
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
}`,{fragmentName:`HuwelijkResultaatVelden`});var He=new z(`
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
    `),Ue=new z(`
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
}`),We=new z(`
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
}`),Ge=new z(`
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
}`),Ke=new z(`
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
}`),qe=new z(`
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
}`);new z(`
    query Ik {
  ik {
    burgerservicenummer
    naam {
      volledigeNaam
    }
  }
}
    `);var Je=new z(`
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
}`),Ye=new z(`
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
}`),Xe=new z(`
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
}`),Ze=new z(`
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
    `),B=new z(`
    query Huwelijk($id: ID!) {
  huwelijk(id: $id) {
    ...HuwelijkVelden
    beschikbareAmbtenaren {
      id
      naam
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
}`),Qe=new z(`
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
}`),$e=new z(`
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
}`),et=new z(`
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
}`),tt=new z(`
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
}`),nt=new z(`
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
}`),rt=new z(`
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
}`),it=new z(`
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
}`),at=new z(`
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
}`);new z(`
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
}`);var ot=new z(`
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
}`),st=new z(`
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
}`),ct=new z(`
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
}`),lt=new z(`
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
}`),ut=new z(`
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
}`),dt=new z(`
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
}`),ft=40;async function pt(e){let t=P();t(`Betaling`,v(1,`Uw betaling`),y(`Wij wachten op de uitslag van uw betaling…`));let n=(await p(B,{id:e})).huwelijk;for(let t=0;t<ft&&(!n.betaling||n.betaling.status===`OPEN`);t+=1)await new Promise(e=>setTimeout(e,500)),n=(await p(B,{id:e})).huwelijk;let r=m(`p`,{class:`utrecht-paragraph`},m(`a`,{class:`utrecht-link`,href:`#/zaak/${e}`},`Naar uw huwelijk of partnerschap`));n.betaling?.status===`BETAALD`?t(`Betaling gelukt`,v(1,`Uw betaling is gelukt`),D(`ok`,`Wij hebben ${n.betaling.bedrag.weergave} ontvangen. Bevestig nu uw huwelijk of partnerschap.`),b(`Verder naar bevestigen`,()=>N(`#/zaak/${e}`)),r):n.betaling&&[`MISLUKT`,`GEANNULEERD`,`VERLOPEN`].includes(n.betaling.status)?t(`Betaling mislukt`,v(1,`Uw betaling is niet gelukt`),D(`error`,`Er is niets afgeschreven. U kunt het opnieuw proberen.`),b(`Opnieuw betalen`,()=>N(`#/zaak/${e}`)),r):t(`Betaling onbekend`,v(1,`Wij weten nog niet of uw betaling is gelukt`),R(`Wat nu?`,`wat-nu`,y(`De uitslag van de betaalprovider is nog niet binnen. Controleer het over een paar minuten opnieuw; betaal niet nog eens.`)),b(`Opnieuw controleren`,()=>void pt(e)),r)}function mt(e){let t=e.locatie;return t.locatie?`${t.locatie.naam}, ${t.locatie.adres}`:t.adres?`Eigen locatie: ${t.adres.straat} ${t.adres.huisnummer}${t.adres.huisletter??``}${t.adres.toevoeging?`-${t.adres.toevoeging}`:``}, ${t.adres.postcode} ${t.adres.woonplaats}`:`Eigen locatie: ${t.omschrijving??``}`}function ht(e){let t=e.ambtenaar;return t.keuze===`EIGEN`?`Eigen trouwambtenaar: ${t.eigenBabs?.naam??``}`:t.keuze===`KEUZE`?`Gekozen: ${t.ambtenaar?.naam??``}`:t.ambtenaar?`Toegewezen door de gemeente: ${t.ambtenaar.naam}`:`De gemeente wijst een trouwambtenaar toe`}function gt(e){let t=[[`Status`,m(`span`,{class:`utrecht-badge-status app-status`,"data-status":e.status},w[e.status])],[`Soort`,T[e.soort]],[`Ceremonie`,e.ceremonie.naam],[`Datum en tijd`,`${_(e.moment.start)} uur`],[`Locatie`,mt(e)],[`Trouwambtenaar`,ht(e)]];return e.verlooptOp&&t.push([`Geldig tot`,`${_(e.verlooptOp)} uur`]),e.melding&&t.push([`Melding`,`${he[e.melding.status]}${e.melding.reden?`: ${e.melding.reden}`:``}`]),e.betaling&&t.push([`Betaling`,`${me[e.betaling.status]} (${e.betaling.bedrag.weergave})`]),m(`section`,{class:`app-sectie`,"aria-labelledby":`samenvatting`},v(2,`Gegevens`,`samenvatting`),de(t))}function _t(e){return m(`section`,{class:`app-sectie`,"aria-labelledby":`partners`},v(2,`Partners`,`partners`),m(`ul`,{class:`utrecht-unordered-list`},...e.partners.map(e=>m(`li`,{class:`utrecht-unordered-list__item`},`${E[e.rol]}${e.isIk?` (u)`:``}: ${pe[e.instemming.status]}; ${e.verklaardOp?`verklaring afgelegd op ${_(e.verklaardOp)} uur${e.verklaring?.aanBalie?` (aan de balie)`:``}`:`verklaring nog niet afgelegd`}`))),e.getuigen.length>0?m(`div`,{},v(3,`Getuigen`),m(`ul`,{class:`utrecht-unordered-list`},...e.getuigen.map(e=>m(`li`,{class:`utrecht-unordered-list__item`},`Getuige ${e.volgnummer}: ${e.gemeentelijk?`getuige van de gemeente`:`BSN ${e.burgerservicenummer??``}`}`)))):null)}function vt(e){return m(`section`,{class:`app-sectie`,"aria-labelledby":`prijs`},v(2,`Kosten`,`prijs`),m(`table`,{class:`utrecht-table`},m(`caption`,{class:`utrecht-table__caption`},`Wat het kost`),m(`thead`,{class:`utrecht-table__header`},m(`tr`,{class:`utrecht-table__row`},m(`th`,{class:`utrecht-table__header-cell`,scope:`col`},`Onderdeel`),m(`th`,{class:`utrecht-table__header-cell utrecht-table__header-cell--numeric`,scope:`col`},`Bedrag`))),m(`tbody`,{class:`utrecht-table__body`},...e.prijs.regels.map(e=>m(`tr`,{class:`utrecht-table__row`},m(`td`,{class:`utrecht-table__cell`},e.omschrijving),m(`td`,{class:`utrecht-table__cell utrecht-table__cell--numeric`},e.bedrag.weergave)))),m(`tfoot`,{class:`utrecht-table__footer`},m(`tr`,{class:`utrecht-table__row`},m(`th`,{class:`utrecht-table__header-cell`,scope:`row`},`Totaal`),m(`td`,{class:`utrecht-table__cell utrecht-table__cell--numeric`},e.prijs.totaal.weergave)))))}function yt(e){return e.toetsing.length===0?null:m(`section`,{class:`app-sectie`,"aria-labelledby":`toetsing`},v(2,`Resultaten van de toetsing`,`toetsing`),m(`table`,{class:`utrecht-table`},m(`caption`,{class:`utrecht-table__caption`},`Wat de gemeente heeft gecontroleerd`),m(`thead`,{class:`utrecht-table__header`},m(`tr`,{class:`utrecht-table__row`},...[`Wie`,`Controle`,`Uitkomst`,`Uitleg`].map(e=>m(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),m(`tbody`,{class:`utrecht-table__body`},...e.toetsing.map(e=>m(`tr`,{class:`utrecht-table__row`},m(`td`,{class:`utrecht-table__cell`},ve[e.betreft]),m(`td`,{class:`utrecht-table__cell`},_e[e.regel]),m(`td`,{class:`utrecht-table__cell`},fe[e.uitkomst]),m(`td`,{class:`utrecht-table__cell`},e.reden))))))}function bt(e){return{gegevensNaarWaarheid:e.has(`gegevensNaarWaarheid`),nietEldersGehuwd:e.has(`nietEldersGehuwd`),nietUitsluitendVoorVerblijf:e.has(`nietUitsluitendVoorVerblijf`),bloedverwantDerdeOfVierdeGraad:e.has(`bloedverwantDerdeOfVierdeGraad`),beedigdeVerklaringBloedverwantschap:e.has(`beedigdeVerklaringBloedverwantschap`)}}function V(e,t){e&&(ze(t),N(`#/medewerker/zaak/${e.id}`))}var H=e=>({tekst:`Gegevens opnieuw laden`,doe:()=>N(`#/medewerker/zaak/${e.id}`)});function U(e,t,n,r=`primary-action`){let i=m(`div`,{"aria-live":`polite`}),a=m(`form`,{class:`utrecht-form`},...t,x(e,r),i);return a.addEventListener(`submit`,e=>{e.preventDefault(),n(new FormData(a),i)}),a}function xt(e){if(!A(e,`beoordeelMelding`))return null;let t=m(`div`,{"aria-live":`polite`}),n=m(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3}),r=r=>{let i=n.value.trim();!r&&!i?(t.replaceChildren(m(`p`,{class:`utrecht-form-field-error-message`,role:`alert`},`Geef een reden om de melding af te wijzen.`)),n.focus()):I(t,async()=>(await p(Ge,{id:e.id,versie:e.versie,goedgekeurd:r,reden:i||null})).beoordeelMelding,H(e)).then(e=>V(e,r?`De melding is goedgekeurd.`:`De melding is afgewezen.`))};return R(`Melding beoordelen`,`beoordelen`,y(`Bekijk de resultaten van de toetsing en de verklaringen. Keur de melding goed of wijs haar af met een reden.`),S(`Reden (verplicht bij afwijzen)`,n),m(`div`,{class:`utrecht-button-group`},b(`Melding goedkeuren`,()=>r(!0)),b(`Melding afwijzen`,()=>r(!1),`secondary-action`)),t)}function St(e){return A(e,`registreerBetaling`)?R(`Betaling aan de balie`,`balie`,U(`Betaling vastleggen`,[S(`Bedrag in euro`,C(`bedrag`,{inputmode:`decimal`,value:(e.prijs.totaal.centen/100).toFixed(2).replace(`.`,`,`),required:!0})),S(`Referentie (bonnummer)`,C(`referentie`,{required:!0,autocomplete:`off`}))],(t,n)=>{let r=Math.round(Number.parseFloat(String(t.get(`bedrag`)).replace(`,`,`.`))*100);I(n,async()=>(await p(Ke,{id:e.id,versie:e.versie,bedragInCenten:r,referentie:String(t.get(`referentie`)).trim()})).registreerBetaling,H(e)).then(e=>V(e,`De betaling is vastgelegd.`))})):null}function Ct(e){if(!A(e,`markeerVoltrokken`))return null;let t=m(`div`,{"aria-live":`polite`});return R(`Ceremonie`,`voltrekken`,y(`Is de ceremonie voltrokken? Leg dat hier vast.`),b(`Markeer als voltrokken`,()=>void I(t,async()=>(await p(qe,{id:e.id,versie:e.versie})).markeerVoltrokken,H(e)).then(e=>V(e,`De ceremonie is als voltrokken vastgelegd.`))),t)}function wt(e){return A(e,`annuleer`)?R(`Annuleren`,`annuleren`,U(`Huwelijk annuleren`,[S(`Reden van annuleren`,m(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3,required:!0}))],(t,n)=>void I(n,async()=>(await p(dt,{id:e.id,versie:e.versie,reden:String(t.get(`reden`))})).annuleer,H(e)).then(e=>V(e,`Het huwelijk is geannuleerd.`)),`secondary-action`)):null}function Tt(e){return R(`Historie`,`historie`,m(`table`,{class:`utrecht-table`},m(`caption`,{class:`utrecht-table__caption`},`Elke wijziging van deze zaak`),m(`thead`,{class:`utrecht-table__header`},m(`tr`,{class:`utrecht-table__row`},...[`Wanneer`,`Door`,`Wat`,`Status`,`Reden`].map(e=>m(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),m(`tbody`,{class:`utrecht-table__body`},...e.historie.map(e=>m(`tr`,{class:`utrecht-table__row`},m(`td`,{class:`utrecht-table__cell`},_(e.op)),m(`td`,{class:`utrecht-table__cell`},e.door),m(`td`,{class:`utrecht-table__cell`},e.gebeurtenis?ge[e.gebeurtenis]:``),m(`td`,{class:`utrecht-table__cell`},`${e.van?`${w[e.van]} → `:``}${w[e.naar]}`),m(`td`,{class:`utrecht-table__cell`},e.reden??``))))))}function Et(e){let t=e.melding?.verklaringen??e.partners.flatMap(e=>e.verklaring?[e.verklaring]:[]);if(t.length===0)return null;let n=e=>e?`ja`:`nee`;return R(`Verklaringen`,`verklaringen`,m(`ul`,{class:`utrecht-unordered-list`},...t.map(e=>m(`li`,{class:`utrecht-unordered-list__item`},`${E[e.rol]}${e.aanBalie?` (aan de balie)`:``}: naar waarheid ${n(e.gegevensNaarWaarheid)}, niet elders gehuwd ${n(e.nietEldersGehuwd)}, niet alleen voor verblijf ${n(e.nietUitsluitendVoorVerblijf)}, bloedverwant 3e/4e graad ${n(e.bloedverwantDerdeOfVierdeGraad)}, beëdigde verklaring ${n(e.beedigdeVerklaringBloedverwantschap)}`))))}var Dt=[[`gegevensNaarWaarheid`,`De gegevens zijn naar waarheid ingevuld`],[`nietEldersGehuwd`,`Niet getrouwd en geen geregistreerd partnerschap (ook niet in het buitenland)`],[`nietUitsluitendVoorVerblijf`,`Niet alleen om een verblijfsvergunning te krijgen`],[`bloedverwantDerdeOfVierdeGraad`,`Bloedverwant van de partner in de derde of vierde graad`],[`beedigdeVerklaringBloedverwantschap`,`Beëdigde verklaring over de bloedverwantschap`]];function Ot(e){if(!A(e,`registreerVerklaring`))return null;let t=e.partners.filter(e=>!e.verklaardOp&&e.instemming.status===`VERLEEND`),n=m(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`partner`},...e.partners.filter(e=>e.instemming.status===`VERLEEND`).map(e=>m(`option`,{value:e.rol,selected:e===t[0]},`${E[e.rol]}${e.verklaardOp?` (heeft al verklaard)`:``}`)));return R(`Verklaring aan de balie`,`balieverklaring`,y(`Legde een partner de verklaring aan de balie af? Leg die hier vast. De historie noemt u als medewerker.`),U(`Verklaring vastleggen`,[S(`Voor welke partner`,n),m(`fieldset`,{class:`utrecht-form-fieldset`},m(`legend`,{class:`utrecht-form-fieldset__legend`},`De partner verklaart`),...Dt.map(([e,t])=>ue(t,e)))],(t,n)=>{let r=bt(t),i=String(t.get(`partner`));I(n,async()=>(await p(We,{id:e.id,versie:e.versie,partner:i,verklaring:r})).registreerVerklaring,H(e)).then(e=>V(e,`De verklaring van ${E[i].toLowerCase()} is vastgelegd.`))}))}async function kt(e){let t=P(),{huwelijk:n}=await p(Ue,{id:e});t(`Zaak`,v(1,`Zaak van ${_(n.moment.start)}`),...[Be(),gt(n),_t(n),yt(n),Et(n),vt(n),Ot(n),xt(n),St(n),Ct(n),wt(n),Tt(n)].filter(e=>e!==null),m(`p`,{class:`utrecht-paragraph`},m(`a`,{class:`utrecht-link`,href:`#/medewerker`},`Terug naar de lijst`)))}async function At(e,t,n){let r=Fe(),i=r.demo,a={rol:e,gemeente:r.gemeentecode};t&&(a.bsn=t);let o=await fetch(i.tokenUrl,{method:`POST`,headers:{"Content-Type":`application/json`},body:JSON.stringify(a)});if(!o.ok)throw Error(`inloggen mislukt`);let c=await o.json();s({token:c.access_token,rol:e,naam:n,verlooptOp:Date.now()+c.expires_in*1e3}),N(e===`medewerker`?`#/medewerker`:`#/`)}function jt(e=`#/`,t){let r=P(),i=Fe(),a=[v(1,`Inloggen`)];if(t&&a.push(D(`error`,t)),sessionStorage.getItem(n(`uitgelogd`))&&(sessionStorage.removeItem(n(`uitgelogd`)),t||a.push(D(`ok`,`U bent uitgelogd.`))),a.push(y(`Plan uw huwelijk of geregistreerd partnerschap in de gemeente ${i.naam}. Log in om te beginnen.`)),i.demo)a.push(D(`info`,`Dit is een demonstratie. U logt in als een testpersoon uit de BRP-testset; er worden geen echte gegevens gebruikt.`),v(2,`Inloggen als inwoner`),m(`ul`,{class:`app-keuzelijst`},...i.demo.testpersonen.map(e=>m(`li`,{},b(`Inloggen als ${e.naam}`,()=>void At(`burger`,e.bsn,e.naam),`secondary-action`),m(`span`,{class:`app-toelichting`},` ${e.toelichting}`)))),v(2,`Inloggen als medewerker`),y(b(`Inloggen als medewerker burgerzaken`,()=>void At(`medewerker`,null,`Medewerker burgerzaken`),`secondary-action`)));else if(i.oidc){let t=i.oidc;a.push(y(b(`Inloggen met DigiD`,()=>void Oe(t,e))),y(`Medewerkers loggen in met hun account van de gemeente via dezelfde knop.`))}else a.push(D(`warning`,`Inloggen is voor deze gemeente niet ingesteld. Neem contact op met de gemeente.`));r(`Inloggen`,...a)}var Mt=10,W={filter:{},cursors:[null]};async function Nt(){let e=P(),t=m(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`status`},m(`option`,{value:``},`Alle statussen`),...Object.keys(w).map(e=>m(`option`,{value:e,selected:W.filter.status?.[0]===e},w[e]))),n=m(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`van`}),r=m(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`tot`}),i=m(`form`,{class:`utrecht-form app-filters`,role:`search`,"aria-label":`Huwelijken zoeken`},S(`Status`,t),S(`Ceremonie vanaf`,n),S(`Ceremonie vóór`,r),x(`Zoeken`)),a=m(`div`,{"aria-live":`polite`});i.addEventListener(`submit`,e=>{e.preventDefault();let t=new FormData(i),n={};t.get(`status`)&&(n.status=[String(t.get(`status`))]),t.get(`van`)&&(n.van=new Date(`${String(t.get(`van`))}T00:00:00`).toISOString()),t.get(`tot`)&&(n.tot=new Date(`${String(t.get(`tot`))}T00:00:00`).toISOString()),W={filter:n,cursors:[null]},G(a)}),e(`Huwelijken`,v(1,`Huwelijken en partnerschappen`),i,a),await G(a)}async function G(e){let t=W.cursors.at(-1)??null,{huwelijken:n}=await p(He,{filter:W.filter,first:Mt,after:t}),r=W.cursors.length,i=n.edges.map(({node:e})=>m(`tr`,{class:`utrecht-table__row`},m(`td`,{class:`utrecht-table__cell`},m(`a`,{class:`utrecht-link`,href:`#/medewerker/zaak/${e.id}`},`${_(e.moment.start)}`)),m(`td`,{class:`utrecht-table__cell`},T[e.soort]),m(`td`,{class:`utrecht-table__cell`},e.ceremonie.naam),m(`td`,{class:`utrecht-table__cell`},e.locatie.locatie?.naam??`Eigen locatie`),m(`td`,{class:`utrecht-table__cell`},w[e.status]),m(`td`,{class:`utrecht-table__cell`},e.melding?he[e.melding.status]:`Nog geen melding`))),a=m(`nav`,{class:`utrecht-pagination`,"aria-label":`Paginering`},r>1?b(`Vorige pagina`,()=>{W.cursors.pop(),G(e)},`secondary-action`):null,m(`span`,{class:`app-paginanummer`},` Pagina ${r} van ${Math.max(1,Math.ceil(n.totalCount/Mt))} `),n.pageInfo.hasNextPage?b(`Volgende pagina`,()=>{W.cursors.push(n.pageInfo.endCursor),G(e)},`secondary-action`):null);e.replaceChildren(y(`${n.totalCount} gevonden.`),i.length===0?y(`Geen huwelijken die aan uw zoekopdracht voldoen.`):m(`div`,{class:`utrecht-table-container`},m(`table`,{class:`utrecht-table`},m(`caption`,{class:`utrecht-table__caption`},`Huwelijken op volgorde van datum`),m(`thead`,{class:`utrecht-table__header`},m(`tr`,{class:`utrecht-table__row`},...[`Datum en tijd`,`Soort`,`Ceremonie`,`Locatie`,`Status`,`Melding`].map(e=>m(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),m(`tbody`,{class:`utrecht-table__body`},...i))),a)}async function Pt(){let e=P(),{mijnHuwelijken:t}=await p(Ze),n=t.filter(e=>![`GEANNULEERD`,`VERLOPEN`,`VOLTROKKEN`].includes(e.status)),r=[v(1,`Mijn huwelijk of partnerschap`)];t.length===0?r.push(y(`U heeft nog geen huwelijk of partnerschap gepland.`)):r.push(m(`ul`,{class:`app-zaken`},...t.map(e=>m(`li`,{class:`app-zaak`},m(`a`,{class:`utrecht-link`,href:`#/zaak/${e.id}`},`${T[e.soort]} op ${_(e.moment.start)}`),m(`span`,{class:`utrecht-badge-status app-status`},w[e.status]))))),n.length===0&&r.push(y(b(`Plan een huwelijk of partnerschap`,()=>N(`#/plannen`)))),e(`Mijn huwelijk of partnerschap`,...r)}var Ft=7;function K(e,t,n,r,i){let a=h(e);return m(`div`,{class:`utrecht-form-field utrecht-form-field--radio`},m(`div`,{class:`utrecht-form-field__input`},m(`input`,{type:`radio`,class:`utrecht-radio-button utrecht-radio-button--html-input`,name:e,id:a,value:t,checked:r,required:!0})),m(`div`,{class:`utrecht-form-field__label utrecht-form-field__label--radio`},m(`label`,{class:`utrecht-form-label utrecht-form-label--radio`,for:a},n),i?m(`div`,{class:`utrecht-form-field-description`},i):null))}function q(e,...t){return m(`fieldset`,{class:`utrecht-form-fieldset`},m(`legend`,{class:`utrecht-form-fieldset__legend`},e),...t)}async function It(){let e=P(),t=await p(Je),n=m(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`vanaf`,value:le(new Date(Date.now()+18144e5)),required:!0}),r=m(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`locatie`},m(`option`,{value:``},`Alle locaties`),...t.locaties.map(e=>m(`option`,{value:e.id},e.naam))),i=m(`form`,{class:`utrecht-form`,novalidate:!1},q(`Wat wilt u?`,...[`HUWELIJK`,`GEREGISTREERD_PARTNERSCHAP`,`OMZETTING`].map((e,t)=>K(`soort`,e,T[e],t===0))),q(`Welke ceremonie?`,...t.ceremonietypen.map((e,t)=>K(`ceremonietype`,e.code,`${e.naam} (${e.prijs.weergave})`,t===0,e.omschrijving))),S(`Vanaf welke datum zoekt u?`,n,`Wij tonen de vrije momenten van ${Ft} dagen.`),S(`Locatie`,r),x(`Vrije momenten zoeken`)),a=m(`div`,{"aria-live":`polite`});i.addEventListener(`submit`,e=>{e.preventDefault(),Lt(t,new FormData(i),a)}),e(`Plannen`,v(1,`Een huwelijk of partnerschap plannen`),y(`Kies wat u wilt en wanneer. U reserveert eerst voorlopig; daarna nodigt u uw partner uit.`),i,a)}async function Lt(e,t,n){let r=String(t.get(`vanaf`)),i=le(new Date(new Date(`${r}T12:00:00Z`).getTime()+5184e5)),a=String(t.get(`ceremonietype`));n.replaceChildren(y(`Bezig met zoeken…`));let o=String(t.get(`locatie`)||``)||null,{beschikbaarheid:s}=await p(Ye,{van:r,tot:i,ceremonietype:a,locatie:o});if(s.length===0){n.replaceChildren(v(2,`Geen vrije momenten`),y(`In deze periode is niets vrij. Kies een latere datum of een andere locatie.`));return}let c=await Promise.all(s.map(async e=>(await p(Xe,{datum:e.datum,ceremonietype:a,locatie:o})).tijdsloten)),l=new Map;for(let[e,t]of c.entries())t.length>0&&l.set(s[e].datum,t);let u=m(`form`,{class:`utrecht-form`},v(2,`Kies een moment`),...[...l.values()].map(e=>q(se(e[0].start),...e.map(e=>K(`slot`,`${e.start}|${e.locatie.id}`,`${ce(e.start)} uur, ${e.locatie.naam}, ${e.prijs.weergave}`,!1)))),e.extras.length>0?q(`Extra's (niet verplicht)`,...e.extras.map(e=>{let t=h(`extra`);return m(`div`,{class:`utrecht-form-field utrecht-form-field--checkbox`},m(`div`,{class:`utrecht-form-field__input`},m(`input`,{type:`checkbox`,class:`utrecht-checkbox utrecht-checkbox--html-input`,name:`extra`,value:e.code,id:t})),m(`div`,{class:`utrecht-form-field__label`},m(`label`,{class:`utrecht-form-label`,for:t},`${e.naam} (${e.prijs.weergave})`)))})):null,x(`Voorlopig reserveren`)),ee=m(`div`);u.addEventListener(`submit`,r=>{r.preventDefault();let i=new FormData(u),[o,s]=String(i.get(`slot`)??``).split(`|`);o&&s&&I(ee,async()=>(await p(Qe,{invoer:{soort:String(t.get(`soort`)),ceremonietype:a,start:o,locatie:{locatieId:s},ambtenaar:{toegewezen:!0},extras:i.getAll(`extra`).map(String)}})).reserveer,{tekst:`Opnieuw zoeken`,doe:()=>void Lt(e,t,n)}).then(e=>{e&&N(`#/zaak/${e.id}`)})}),n.replaceChildren(u,ee)}function J(e,t){e&&(ze(t),N(`#/zaak/${e.id}`))}var Y=e=>({tekst:`Gegevens opnieuw laden`,doe:()=>N(`#/zaak/${e.id}`)});function X(e,t,n){let r=m(`div`,{"aria-live":`polite`}),i=m(`form`,{class:`utrecht-form`},...t,x(e),r);return i.addEventListener(`submit`,e=>{e.preventDefault(),n(new FormData(i),r)}),i}var Z=e=>e.partners.find(e=>e.isIk),Q=A,Rt=e=>{let t=e.partners.find(e=>e.rol===`PARTNER2`),n=t&&[`GEWEIGERD`,`INGETROKKEN`].includes(t.instemming.status);return!Q(e,`nodigPartnerUit`)||t&&!n?null:R(`Nodig uw partner uit`,`uitnodigen`,y(`Uw partner logt daarna zelf in en stemt in met het huwelijk of partnerschap.`),X(`Partner uitnodigen`,[S(`Burgerservicenummer van uw partner`,C(`bsn`,{inputmode:`numeric`,autocomplete:`off`,required:!0,pattern:`[0-9]{9}`}),`9 cijfers`)],(t,n)=>void I(n,async()=>(await p($e,{id:e.id,versie:e.versie,burgerservicenummer:String(t.get(`bsn`)).trim()})).nodigPartnerUit,Y(e)).then(e=>J(e,`Uw partner is uitgenodigd. Uw partner kan nu inloggen en instemmen.`))))},zt=e=>{if(!Z(e)||!Q(e,`stemIn`))return null;let t=m(`div`,{"aria-live":`polite`});return R(`Stemt u in?`,`instemmen`,y(`Uw partner heeft u uitgenodigd voor dit huwelijk of partnerschap. Stemt u in?`),m(`div`,{class:`utrecht-button-group`},b(`Ja, ik stem in`,()=>void I(t,async()=>(await p(et,{id:e.id,versie:e.versie})).stemIn,Y(e)).then(e=>J(e,`U heeft ingestemd. De reservering staat nu vast tot de melding.`))),b(`Nee, ik stem niet in`,()=>void I(t,async()=>(await p(tt,{id:e.id,versie:e.versie})).weigerInstemming,Y(e)).then(e=>J(e,`U heeft niet ingestemd.`)),`secondary-action`)),t)},Bt=[`VOLTROKKEN`,`GEANNULEERD`,`VERLOPEN`],Vt=e=>{if(!Q(e,`voegGetuigeToe`)&&!Q(e,`verwijderGetuige`))return!Z(e)||Bt.includes(e.status)||Z(e)?.instemming.status!==`VERLEEND`?null:R(`Getuigen`,`getuigen`,D(`info`,`U kunt de getuigen nu niet (meer) zelf wijzigen. Neem contact op met de gemeente als er iets moet veranderen.`));let t=m(`div`,{"aria-live":`polite`}),n=e.getuigen.map(n=>m(`li`,{class:`utrecht-unordered-list__item`},`Getuige ${n.volgnummer}: ${n.gemeentelijk?`getuige van de gemeente`:`BSN ${n.burgerservicenummer??``}`} `,Q(e,`verwijderGetuige`)?b(`Getuige ${n.volgnummer} verwijderen`,()=>void I(t,async()=>(await p(rt,{id:e.id,versie:e.versie,volgnummer:n.volgnummer})).verwijderGetuige,Y(e)).then(e=>J(e,`De getuige is verwijderd.`)),`subtle`):null));return R(`Getuigen`,`getuigen`,y(`U heeft 2 tot 4 getuigen nodig, van 18 jaar of ouder. Geen getuigen? De gemeente kan er een leveren (tegen betaling).`),n.length?m(`ul`,{class:`utrecht-unordered-list`},...n):y(`Nog geen getuigen.`),t,Q(e,`voegGetuigeToe`)?X(`Getuige toevoegen`,[S(`Burgerservicenummer van de getuige`,C(`bsn`,{inputmode:`numeric`,autocomplete:`off`,pattern:`[0-9]{9}`}),`Laat leeg als u een getuige van de gemeente wilt`),ue(`Een getuige van de gemeente`,`gemeentelijk`)],(t,n)=>{let r=String(t.get(`bsn`)??``).trim(),i=t.get(`gemeentelijk`)||!r?{gemeentelijk:!0}:{burgerservicenummer:r};I(n,async()=>(await p(nt,{id:e.id,versie:e.versie,getuige:i})).voegGetuigeToe,Y(e)).then(e=>J(e,`De getuige is toegevoegd.`))}):null)};function Ht(e,t,n,r){return m(`fieldset`,{class:`utrecht-form-fieldset`},m(`legend`,{class:`utrecht-form-fieldset__legend`},t),...n.map(([t,n],i)=>{let a=`${e}-${i}`;return m(`div`,{class:`utrecht-form-field utrecht-form-field--radio`},m(`div`,{class:`utrecht-form-field__input`},m(`input`,{type:`radio`,class:`utrecht-radio-button utrecht-radio-button--html-input`,name:e,id:a,value:t,checked:t===r})),m(`div`,{class:`utrecht-form-field__label`},m(`label`,{class:`utrecht-form-label`,for:a},n)))}))}var Ut=(e,t)=>{if(!Q(e,`kiesAmbtenaar`))return null;let n=e.ambtenaar.keuze===`KEUZE`?e.ambtenaar.ambtenaar?.id??``:e.ambtenaar.keuze===`EIGEN`?`eigen`:`toegewezen`;return R(`Trouwambtenaar (BABS)`,`ambtenaar`,X(`Trouwambtenaar opslaan`,[Ht(`babs`,`Wie trouwt u?`,[[`toegewezen`,`Geen voorkeur: de gemeente wijst iemand toe`],...t.ambtenaren.map(e=>[e.id,e.naam]),[`eigen`,`Een eigen trouwambtenaar (voor één dag)`]],n),S(`Naam van de eigen trouwambtenaar`,C(`eigenNaam`,{autocomplete:`off`}),`Alleen bij een eigen trouwambtenaar`),S(`Burgerservicenummer van de eigen trouwambtenaar`,C(`eigenBsn`,{inputmode:`numeric`,autocomplete:`off`}),`Alleen bij een eigen trouwambtenaar`)],(t,n)=>{let r=String(t.get(`babs`)),i=r===`toegewezen`?{toegewezen:!0}:r===`eigen`?{eigenBabs:{naam:String(t.get(`eigenNaam`)),burgerservicenummer:String(t.get(`eigenBsn`)).trim()}}:{ambtenaarId:r};I(n,async()=>(await p(it,{id:e.id,versie:e.versie,ambtenaar:i})).kiesAmbtenaar,Y(e)).then(e=>J(e,`De trouwambtenaar is opgeslagen.`))}))},Wt=(e,t)=>{if(!Q(e,`kiesLocatie`))return null;let n=e.locatie.locatie?.id??`eigen`;return R(`Locatie`,`locatie`,X(`Locatie opslaan`,[Ht(`locatie`,`Waar trouwt u?`,[...t.locaties.map(e=>[e.id,`${e.naam} (${e.prijs.weergave})`]),[`eigen`,`Een eigen locatie in de gemeente`]],n),S(`Straat`,C(`straat`,{autocomplete:`address-line1`}),`Alleen bij een eigen locatie`),S(`Huisnummer`,C(`huisnummer`,{inputmode:`numeric`})),S(`Postcode`,C(`postcode`,{autocomplete:`postal-code`})),S(`Plaats`,C(`woonplaats`,{autocomplete:`address-level2`}))],(t,n)=>{let r=String(t.get(`locatie`)),i=r===`eigen`?{adres:{straat:String(t.get(`straat`)).trim(),huisnummer:Number.parseInt(String(t.get(`huisnummer`)),10)||0,postcode:String(t.get(`postcode`)).replace(/\s/g,``).toUpperCase(),woonplaats:String(t.get(`woonplaats`)).trim()}}:{locatieId:r};I(n,async()=>(await p(at,{id:e.id,versie:e.versie,locatie:i})).kiesLocatie,Y(e)).then(e=>J(e,`De locatie is opgeslagen.`))}))},Gt=e=>{let t=Z(e);return!t||!Q(e,`kiesNaamgebruik`)?null:R(`Uw achternaam na het trouwen`,`naamgebruik`,X(`Naamgebruik opslaan`,[Ht(`naamgebruik`,`Welke achternaam gebruikt u?`,Object.keys(ye).map(e=>[e,ye[e]]),t.naamgebruik??`E`)],(n,r)=>void I(r,async()=>(await p(ot,{id:e.id,versie:e.versie,partner:t.rol,naamgebruik:String(n.get(`naamgebruik`))})).kiesNaamgebruik,Y(e)).then(e=>J(e,`Uw naamgebruik is opgeslagen.`))))},Kt=[[`gegevensNaarWaarheid`,`Mijn gegevens zijn naar waarheid ingevuld`],[`nietEldersGehuwd`,`Ik ben niet getrouwd en heb geen geregistreerd partnerschap (ook niet in het buitenland)`],[`nietUitsluitendVoorVerblijf`,`Wij trouwen niet alleen om een verblijfsvergunning te krijgen`],[`bloedverwantDerdeOfVierdeGraad`,`Mijn partner is een bloedverwant in de derde of vierde graad (bijvoorbeeld een neef of nicht)`],[`beedigdeVerklaringBloedverwantschap`,`Ik geef daarover een beëdigde verklaring`]],qt=[zt,Rt,Vt,Ut,Wt,e=>{let t=Z(e);if(!t||!Q(e,`legVerklaringAf`))return null;let n=e.partners.find(e=>!e.isIk),r=t.verklaring,i=[t.verklaardOp?`U heeft uw verklaring afgelegd op ${_(t.verklaardOp)} uur.`:`U heeft uw verklaring nog niet afgelegd.`,n?.verklaardOp?`Uw partner heeft de eigen verklaring afgelegd op ${_(n.verklaardOp)} uur.`:`Uw partner heeft de eigen verklaring nog niet afgelegd.`];return R(`Uw verklaring`,`verklaring`,y(`Voor de melding verklaart elke partner zelf, met de eigen inlog, dat de gegevens kloppen. Uw partner doet dat met de eigen inlog; u ziet alleen of dat gebeurd is.`),...i.map(e=>y(e)),X(r?`Verklaring opnieuw afleggen`:`Verklaring afleggen`,[m(`fieldset`,{class:`utrecht-form-fieldset`},m(`legend`,{class:`utrecht-form-fieldset__legend`},`Ik verklaar`),...Kt.map(([e,t])=>ue(t,e,!!r?.[e])))],(t,r)=>{let i=bt(t);I(r,async()=>(await p(st,{id:e.id,versie:e.versie,verklaring:i})).legVerklaringAf,Y(e)).then(e=>J(e,n?.verklaardOp?`Uw verklaring is vastgelegd. U kunt nu de melding doen.`:`Uw verklaring is vastgelegd. Uw partner legt de eigen verklaring af met de eigen inlog; daarna kan de melding.`))}))},e=>{if(!Q(e,`doeMelding`)||!Z(e))return null;let t=m(`div`,{"aria-live":`polite`});return R(`Melding voorgenomen huwelijk`,`melding`,y(`U heeft allebei uw verklaring afgelegd. Met de melding controleert de gemeente of u mag trouwen. Dat gebeurt direct; u ziet de uitkomst hieronder.`),b(`Melding doen`,()=>void I(t,async()=>(await p(ct,{id:e.id,versie:e.versie})).doeMelding,Y(e)).then(e=>J(e,`Uw melding is ontvangen. De gemeente beoordeelt haar.`))),t)},e=>{if(!Q(e,`startBetaling`)||!Z(e))return null;let t=m(`div`,{"aria-live":`polite`});return R(`Betalen`,`betalen`,y(`De melding is goedgekeurd. Betaal ${e.prijs.totaal.weergave}${e.verlooptOp?` vóór ${_(e.verlooptOp)} uur`:``}; daarna bevestigt u het huwelijk.`),e.betaling?.status===`MISLUKT`?y(`Uw vorige betaling is niet gelukt. U kunt het opnieuw proberen.`):null,b(`Betalen`,()=>void(async()=>{t.replaceChildren(y(`U gaat naar de betaalpagina…`));let n=(await p(lt,{id:e.id,versie:e.versie})).startBetaling;n.__typename===`BetalingGestart`?location.assign(n.checkoutUrl):await I(t,async()=>n,Y(e))})()),t)},e=>{if(!Q(e,`bevestig`)||!Z(e))return null;let t=m(`div`,{"aria-live":`polite`});return R(`Bevestigen`,`bevestigen`,y(`Alles is geregeld. Bevestig uw huwelijk of partnerschap.`),b(`Bevestigen`,()=>void I(t,async()=>(await p(ut,{id:e.id,versie:e.versie})).bevestig,Y(e)).then(e=>J(e,`Uw huwelijk of partnerschap is bevestigd. Tot op de dag zelf!`))),t)},Gt,e=>{if(!Q(e,`annuleer`)||!Z(e))return null;let t=m(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3,required:!0});return R(`Annuleren`,`annuleren`,y(`Wilt u niet meer trouwen op dit moment? Annuleer dan. Na de melding kan de gemeente kosten rekenen.`),X(`Annuleren`,[S(`Waarom annuleert u?`,t)],(t,n)=>void I(n,async()=>(await p(dt,{id:e.id,versie:e.versie,reden:String(t.get(`reden`))})).annuleer,Y(e)).then(e=>J(e,`Uw huwelijk of partnerschap is geannuleerd.`))))}];async function Jt(e){let t=P(),[{huwelijk:n},r]=await Promise.all([p(B,{id:e}),p(Je)]),i={...r,ambtenaren:n.beschikbareAmbtenaren};t(`Uw huwelijk of partnerschap`,v(1,`Uw huwelijk of partnerschap`),...[Be(),gt(n),_t(n),yt(n),vt(n),...qt.map(e=>e(n,i))].filter(e=>e!==null),m(`p`,{class:`utrecht-paragraph`},m(`a`,{class:`utrecht-link`,href:`#/`},`Terug naar uw overzicht`)))}async function $(){let e=location.hash.replace(/^#/,``)||`/`,t=o(),[,n,r,i]=e.split(`/`),a=location.hash;if(!t)jt(`#${e}`);else try{n===`inloggen`?jt():n===`medewerker`&&r===`zaak`&&i?await kt(i):n===`medewerker`?await Nt():n===`plannen`?await It():n===`zaak`&&r?await Jt(r):n===`betaald`&&r?await pt(r):t.rol===`medewerker`?await Nt():await Pt()}catch(e){location.hash===a&&Re(e)}}function Yt(e){document.documentElement.classList.add(`${e.thema}-theme`),document.getElementById(`gemeente`).textContent=`Gemeente ${e.naam}`,document.getElementById(`voet`).textContent=`Gemeente ${e.naam} - Trouwen en geregistreerd partnerschap`}async function Xt(){let e=await Ve();t(e.gemeentecode),ie(e.graphql),Pe(e,()=>void $()),Yt(e);let n=e.oidc;n&&u(e=>Me(n,e));let r=new URLSearchParams(location.search),i=r.get(`betaald`);if(i)history.replaceState(null,``,`${location.pathname}#/betaald/${encodeURIComponent(i)}`);else if(n&&(r.has(`code`)||r.has(`error`))){history.replaceState(null,``,location.pathname);try{let e=await je(n,r);e&&(s(e.sessie),history.replaceState(null,``,`${location.pathname}${e.na}`))}catch(e){jt(`#/`,e instanceof Error?e.message:void 0),window.addEventListener(`hashchange`,()=>void $());return}}window.addEventListener(`hashchange`,()=>void $()),await $()}Xt();