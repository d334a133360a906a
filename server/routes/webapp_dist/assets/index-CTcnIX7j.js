var e=``;function t(t){e=t}var n=t=>`trouwgraph:${e}:${t}`,r=()=>n(`sessie`),i=3e4,a=e=>e.verlooptOp-i<Date.now();function o(){let e=sessionStorage.getItem(r());if(!e)return null;let t=JSON.parse(e);return a(t)&&!t.verversToken?(sessionStorage.removeItem(r()),null):t}function s(e){sessionStorage.setItem(r(),JSON.stringify(e))}function c(){sessionStorage.removeItem(r())}var l=null;function u(e){l=e}async function ee(){let e=o();return!e||!a(e)?e:(d??=te(e).finally(()=>{d=null}),d)}var d=null;async function te(e){let t=e.verversToken&&l?await l(e):null;return t?s(t):c(),t}function f(e){let t=e.split(`.`)[1]??``,n=atob(t.replace(/-/g,`+`).replace(/_/g,`/`));return JSON.parse(new TextDecoder().decode(Uint8Array.from(n,e=>e.charCodeAt(0))))}var p=class extends Error{code;opnieuwInloggen;constructor(e,t,n=!1){super(e),this.code=t,this.opnieuwInloggen=n}},ne=`../graphql`;function re(e){ne=e}var m={NIET_GEAUTHENTICEERD:`U bent niet (meer) ingelogd. Log opnieuw in.`,NIET_TOEGESTAAN:`U mag deze gegevens niet inzien.`,TE_VEEL_VERZOEKEN:`Er zijn te veel verzoeken gedaan. Probeer het over een minuut opnieuw.`};async function h(e,...[t]){let n=await ee(),r={"Content-Type":`application/json`,Accept:`application/json`};n&&(r.Authorization=`Bearer ${n.token}`);let i;try{i=await fetch(ne,{method:`POST`,headers:r,body:JSON.stringify({query:e.toString(),variables:t??{}})})}catch{throw new p(`De gemeente is nu niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.`,`NETWERK`)}if(i.status===401)throw new p(m.NIET_GEAUTHENTICEERD,`NIET_GEAUTHENTICEERD`,!0);if(i.status===429)throw new p(m.TE_VEEL_VERZOEKEN,`TE_VEEL_VERZOEKEN`);let a=await i.json().catch(()=>({})),o=a.errors?.[0];if(o||!a.data){let e=o?.extensions?.code??`HTTP_${i.status}`;throw new p(m[e]??`Er ging iets mis bij de gemeente. Probeer het later opnieuw.`,e,e===`NIET_GEAUTHENTICEERD`)}return a.data}function g(e,t={},...n){let r=document.createElement(e);for(let[e,n]of Object.entries(t))n!==void 0&&n!==!1&&(typeof n==`function`?r.addEventListener(e.slice(2),n):n===!0?r.setAttribute(e,``):r.setAttribute(e,String(n)));for(let e of n.flat())e!=null&&e!==!1&&r.append(typeof e==`object`?e:String(e));return r}var ie=0;function _(e){return ie+=1,`${e}-${ie}`}var v=`Europe/Amsterdam`;function y(e){return new Intl.DateTimeFormat(`nl-NL`,{weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,hour:`2-digit`,minute:`2-digit`,timeZone:v}).format(new Date(e))}function ae(e){return new Intl.DateTimeFormat(`nl-NL`,{weekday:`long`,day:`numeric`,month:`long`,year:`numeric`,timeZone:v}).format(new Date(e))}function oe(e){return new Intl.DateTimeFormat(`nl-NL`,{hour:`2-digit`,minute:`2-digit`,timeZone:v}).format(new Date(e))}function se(e){return new Intl.DateTimeFormat(`sv-SE`,{timeZone:v}).format(e)}var b=(e,t,n)=>g(`h${e}`,{class:`utrecht-heading-${e}`,id:n,tabindex:e===1?-1:void 0},t),x=(...e)=>g(`p`,{class:`utrecht-paragraph`},...e);function S(e,t,n=`primary-action`){return g(`button`,{type:`button`,class:`utrecht-button utrecht-button--${n}`,onclick:t},e)}function C(e,t=`primary-action`){return g(`button`,{type:`submit`,class:`utrecht-button utrecht-button--${t}`},e)}function w(e,t,n){let r=t.id||_(`veld`);t.id=r;let i=[g(`div`,{class:`utrecht-form-field__label`},g(`label`,{class:`utrecht-form-label`,for:r},e))];if(n){let e=`${r}-omschrijving`;t.setAttribute(`aria-describedby`,e),i.push(g(`div`,{class:`utrecht-form-field-description`,id:e},n))}return i.push(g(`div`,{class:`utrecht-form-field__input`},t)),g(`div`,{class:`utrecht-form-field utrecht-form-field--text`},...i)}function ce(e,t,n=!1){let r=_(t);return g(`div`,{class:`utrecht-form-field utrecht-form-field--checkbox`},g(`div`,{class:`utrecht-form-field__input`},g(`input`,{type:`checkbox`,class:`utrecht-checkbox utrecht-checkbox--html-input`,id:r,name:t,checked:n})),g(`div`,{class:`utrecht-form-field__label utrecht-form-field__label--checkbox`},g(`label`,{class:`utrecht-form-label utrecht-form-label--checkbox`,for:r},e)))}function T(e,t={}){return g(`input`,{class:`utrecht-textbox utrecht-textbox--html-input`,name:e,type:`text`,...t})}function le(e){return g(`dl`,{class:`app-gegevens`},...e.flatMap(([e,t])=>[g(`dt`,{},e),g(`dd`,{},...[t].flat())]))}var E={VOORLOPIG:`Voorlopig gereserveerd`,GERESERVEERD:`Gereserveerd`,GEMELD:`Melding gedaan`,GOEDGEKEURD:`Melding goedgekeurd`,AFGEWEZEN:`Melding afgewezen`,BEVESTIGD:`Bevestigd`,VOLTROKKEN:`Voltrokken`,GEANNULEERD:`Geannuleerd`,VERLOPEN:`Verlopen`},D={HUWELIJK:`Huwelijk`,GEREGISTREERD_PARTNERSCHAP:`Geregistreerd partnerschap`,OMZETTING:`Omzetting van partnerschap in huwelijk`},ue={VOLDAAN:`In orde`,NIET_VOLDAAN:`Niet in orde`,HANDMATIGE_BEOORDELING:`De gemeente beoordeelt dit`},de={GEVRAAGD:`Nog niet ingestemd`,VERLEEND:`Ingestemd`,GEWEIGERD:`Geweigerd`,INGETROKKEN:`Ingetrokken`},fe={OPEN:`Nog niet afgerond`,BETAALD:`Betaald`,DEELS_BETAALD:`Deels betaald`,MISLUKT:`Mislukt`,GEANNULEERD:`Geannuleerd`,VERLOPEN:`Verlopen`,TERUGBETAALD:`Wordt terugbetaald`},pe={ONTVANGEN:`Ontvangen`,IN_BEHANDELING:`In behandeling`,GOEDGEKEURD:`Goedgekeurd`,AFGEWEZEN:`Afgewezen`},me={RESERVEER:`Gereserveerd`,NODIG_PARTNER_UIT:`Partner uitgenodigd`,STEM_IN:`Partner heeft ingestemd`,WEIGER_INSTEMMING:`Partner heeft geweigerd`,WIJZIG_GETUIGEN:`Getuigen gewijzigd`,WIJZIG_RESERVERING:`Reservering gewijzigd`,WIJZIG_DOOR_GEMEENTE:`Gewijzigd door de gemeente`,KIES_NAAMGEBRUIK:`Naamgebruik gekozen`,REGISTREER_TOETSING:`Toetsing vastgelegd`,LEG_VERKLARING_AF:`Verklaring afgelegd`,DOE_MELDING:`Melding gedaan`,NEEM_IN_BEHANDELING:`In behandeling genomen`,KEUR_GOED:`Melding goedgekeurd`,WIJS_AF:`Melding afgewezen`,REGISTREER_BETALING:`Betaling vastgelegd`,BEVESTIG:`Bevestigd`,VOLTREK:`Voltrokken`,ANNULEER:`Geannuleerd`,VERLOOP:`Verlopen`},O={PARTNER1:`Partner 1`,PARTNER2:`Partner 2`},he={MEERDERJARIG:`Meerderjarig`,IN_LEVEN:`In leven`,BURGERLIJKE_STAAT:`Niet al getrouwd of partner`,CURATELE:`Curatele`,BIJHOUDING:`Inschrijving in de BRP`,NATIONALITEIT:`Nationaliteit`,VERBLIJF:`Verblijf in Nederland`,BLOEDVERWANTSCHAP:`Geen bloedverwanten`,BSN_GELDIG:`Geldig burgerservicenummer`,PERSONEN_UNIEK:`Allemaal verschillende personen`,GETUIGEN_AANTAL:`Aantal getuigen`,GETUIGE_MEERDERJARIG:`Getuige meerderjarig`,EIGEN_BABS_MEERDERJARIG:`Eigen trouwambtenaar meerderjarig`,EIGEN_BABS_CURATELE:`Eigen trouwambtenaar niet onder curatele`,MELDINGSTERMIJN:`Melding op tijd`,LOPENDE_ZAAK:`Geen ander lopend huwelijksdossier`},ge={PARTNER1:`Partner 1`,PARTNER2:`Partner 2`,GETUIGE_1:`Getuige 1`,GETUIGE_2:`Getuige 2`,GETUIGE_3:`Getuige 3`,GETUIGE_4:`Getuige 4`,AMBTENAAR:`Trouwambtenaar`,HUWELIJK:`Het huwelijk`},_e={E:`Alleen mijn eigen achternaam`,P:`Alleen de achternaam van mijn partner`,V:`Achternaam van mijn partner, dan mijn eigen`,N:`Mijn eigen achternaam, dan die van mijn partner`},ve={VersieConflict:`Iemand anders heeft de gegevens intussen gewijzigd. Wij hebben ze opnieuw geladen; bekijk ze en probeer het nog eens.`,SlotBezet:`Kies een ander moment of een andere locatie.`,TermijnVerstreken:`Neem contact op met de gemeente als u toch iets wilt wijzigen.`,OngeldigeStatus:`Wij hebben de gegevens opnieuw geladen, zodat u ziet wat nu kan.`,NietToegestaan:`Log in als de juiste persoon, of neem contact op met de gemeente.`,NietGevonden:`Ga terug naar uw overzicht.`,OngeldigeInvoer:`Pas uw invoer aan en probeer het opnieuw.`,EigenLocatieAfgewezen:`Controleer het adres, of kies een locatie van de gemeente.`,VerklaringOntbreekt:`Elke partner legt de eigen verklaring af, met de eigen inlog. Daarna kan de melding.`,BeletselGevonden:`Zo kan het huwelijk niet doorgaan. Neem contact op met de gemeente als u denkt dat dit niet klopt.`};function ye(e,t){let n=[g(`h2`,{class:`utrecht-heading-3`},`Dat is niet gelukt`),x(e.melding)],r=ve[e.__typename];return r&&n.push(x(r)),e.__typename===`BeletselGevonden`&&e.toetsing&&n.push(g(`ul`,{class:`utrecht-unordered-list`},...e.toetsing.filter(e=>e.uitkomst!==`VOLDAAN`).map(e=>g(`li`,{class:`utrecht-unordered-list__item`},`${ue[e.uitkomst]}: ${e.reden}`)))),t&&n.push(S(t.tekst,t.doe,`secondary-action`)),k(`error`,n)}function k(e,t){let n=e===`error`?`alert`:`status`;return g(`div`,{class:`utrecht-alert utrecht-alert--${e}`,role:n},g(`div`,{class:`utrecht-alert__content`},g(`div`,{class:`utrecht-alert__message`},...typeof t==`string`?[x(t)]:t)))}var be=()=>n(`oidc`),xe=`Deze inlogpoging is niet (meer) bekend. Log opnieuw in.`,Se=`Inloggen is niet gelukt. Probeer het opnieuw.`;function Ce(e){let t=``;for(let n of e)t+=String.fromCharCode(n);return btoa(t).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function A(e){return Ce(crypto.getRandomValues(new Uint8Array(e)))}async function we(e){let t=await crypto.subtle.digest(`SHA-256`,new TextEncoder().encode(e));return Ce(new Uint8Array(t))}function Te(){return`${location.origin}${location.pathname}`}function Ee(e){return/^#\/[\w\-/]*$/.test(e)&&!e.startsWith(`#/inloggen`)?e:`#/`}async function De(e,t){let n={verifier:A(48),state:A(16),nonce:A(16),na:Ee(t)};sessionStorage.setItem(be(),JSON.stringify(n));let r=new URL(e.autorisatieUrl);for(let[t,i]of Object.entries({response_type:`code`,client_id:e.clientId,redirect_uri:Te(),scope:e.scope,state:n.state,nonce:n.nonce,code_challenge:await we(n.verifier),code_challenge_method:`S256`}))r.searchParams.set(t,i);location.assign(r.toString())}async function Oe(e,t){let n;try{n=await fetch(e.tokenUrl,{method:`POST`,headers:{"Content-Type":`application/x-www-form-urlencoded`,Accept:`application/json`},body:new URLSearchParams({client_id:e.clientId,...t}),credentials:`omit`})}catch{return null}let r=await n.json().catch(()=>null);return n.ok&&typeof r?.access_token==`string`?r:null}function ke(e,t,n){let r={},i={};try{r=f(t.access_token)}catch{}t.id_token&&(i=f(t.id_token));let a=r[e.rolClaim]===`medewerker`?`medewerker`:`burger`,o=[i.name,r.name].find(e=>typeof e==`string`)??n?.naam??(a===`medewerker`?`Medewerker`:`Inwoner`),s=typeof r.exp==`number`?r.exp*1e3:Date.now()+(t.expires_in??300)*1e3;return{token:t.access_token,rol:a,naam:o,verlooptOp:s,verversToken:t.refresh_token??n?.verversToken,idToken:t.id_token??n?.idToken}}async function Ae(e,t){let n=t.get(`code`);if(!n&&!t.get(`error`))return null;let r=sessionStorage.getItem(be());if(sessionStorage.removeItem(be()),t.get(`error`))throw Error(`Het inloggen is afgebroken. Probeer het opnieuw.`);if(!r||!n)throw Error(xe);let i=JSON.parse(r);if(t.get(`state`)!==i.state)throw Error(xe);let a=await Oe(e,{grant_type:`authorization_code`,code:n,redirect_uri:Te(),code_verifier:i.verifier});if(!a)throw Error(Se);if(a.id_token&&f(a.id_token).nonce!==i.nonce)throw Error(xe);return{sessie:ke(e,a),na:Ee(i.na)}}async function je(e,t){if(!t.verversToken)return null;let n=await Oe(e,{grant_type:`refresh_token`,refresh_token:t.verversToken});return n?ke(e,n,t):null}function Me(e,t){if(!e.uitlogUrl)return null;let n=new URL(e.uitlogUrl);return n.searchParams.set(`client_id`,e.clientId),n.searchParams.set(`post_logout_redirect_uri`,Te()),t?.idToken&&n.searchParams.set(`id_token_hint`,t.idToken),n.toString()}var j=(e,t)=>e.mogelijkeMutaties.some(e=>e.mutatie===t),M,N=()=>void 0;function Ne(e,t){M=e,N=t}var Pe=()=>M;function P(e){location.hash===e?N():location.hash=e}var Fe=0;function F(){let e=++Fe;return(t,...n)=>{e===Fe&&I(t,...n)}}function I(e,...t){let n=document.getElementById(`pagina`);n.replaceChildren(...t),document.title=`${e} - Gemeente ${M.naam}`,n.querySelector(`h1`)?.focus({preventScroll:!1}),Ie()}function Ie(){let e=document.getElementById(`account`),t=o();t?e.replaceChildren(g(`span`,{class:`app-ingelogd`},`Ingelogd als ${t.naam}`),Object.assign(S(`Uitloggen`,()=>{let e=M.oidc?Me(M.oidc,t):null;c(),sessionStorage.setItem(n(`uitgelogd`),`1`),e?location.assign(e):P(`#/inloggen`)},`subtle`),{className:`utrecht-button utrecht-button--subtle app-uitloggen`})):e.replaceChildren()}function Le(e){if(e instanceof p&&e.opnieuwInloggen){c(),I(`Opnieuw inloggen`,g(`h1`,{class:`utrecht-heading-1`,tabindex:-1},`Opnieuw inloggen`),k(`warning`,e.message),S(`Naar inloggen`,()=>P(`#/inloggen`)));return}let t=e instanceof p?e.message:`Er ging iets mis. Probeer het later opnieuw.`;I(`Er ging iets mis`,g(`h1`,{class:`utrecht-heading-1`,tabindex:-1},`Er ging iets mis`),k(`error`,t),S(`Opnieuw proberen`,()=>N()))}async function L(e,t,n){e.replaceChildren(x(`Bezig…`));let r;try{r=await t()}catch(t){return e.replaceChildren(k(`error`,t instanceof p?t.message:`Er ging iets mis. Probeer het opnieuw.`)),null}return r.__typename===`HuwelijkGewijzigd`||r.__typename===`BetalingGestart`?(e.replaceChildren(),r.huwelijk??null):(e.replaceChildren(ye(r,n)),e.querySelector(`[role=alert]`)?.focus(),null)}var R=null;function Re(e){R=e}function ze(){let e=R;return R=null,e?k(`ok`,e):null}function z(e,t,...n){return g(`section`,{class:`app-sectie`,"aria-labelledby":t},g(`h2`,{class:`utrecht-heading-2`,id:t},e),...n.filter(e=>e!==null))}async function Be(){let e=await fetch(`config.json`,{headers:{Accept:`application/json`}});if(!e.ok)throw Error(`config.json: ${e.status}`);return await e.json()}var B=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}};new B(`
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
    `,{fragmentName:`VerklaringVelden`}),new B(`
    fragment BedragVelden on Bedrag {
  centen
  weergave
}
    `,{fragmentName:`BedragVelden`}),new B(`
    fragment ToetsuitkomstVelden on Regeluitkomst {
  regel
  uitkomst
  reden
  betreft
}
    `,{fragmentName:`ToetsuitkomstVelden`}),new B(`
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
}`,{fragmentName:`HuwelijkVelden`}),new B(`
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
}`,{fragmentName:`ProbleemVelden`}),new B(`
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
}`,{fragmentName:`HuwelijkResultaatVelden`});var Ve=new B(`
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
    `),He=new B(`
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
}`),Ue=new B(`
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
}`),We=new B(`
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
}`),Ge=new B(`
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
}`),Ke=new B(`
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
}`);new B(`
    query Ik {
  ik {
    burgerservicenummer
    naam {
      volledigeNaam
    }
  }
}
    `);var qe=new B(`
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
}`),Je=new B(`
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
}`),Ye=new B(`
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
}`),Xe=new B(`
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
    `),V=new B(`
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
}`),Ze=new B(`
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
}`),Qe=new B(`
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
}`),$e=new B(`
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
}`),et=new B(`
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
}`),tt=new B(`
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
}`),nt=new B(`
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
}`),rt=new B(`
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
}`),it=new B(`
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
}`);new B(`
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
}`);var at=new B(`
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
}`),ot=new B(`
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
}`),st=new B(`
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
}`),ct=new B(`
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
}`),lt=new B(`
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
}`),ut=new B(`
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
}`),dt=40;async function ft(e){let t=F();t(`Betaling`,b(1,`Uw betaling`),x(`Wij wachten op de uitslag van uw betaling…`));let n=(await h(V,{id:e})).huwelijk;for(let t=0;t<dt&&(!n.betaling||n.betaling.status===`OPEN`);t+=1)await new Promise(e=>setTimeout(e,500)),n=(await h(V,{id:e})).huwelijk;let r=g(`p`,{class:`utrecht-paragraph`},g(`a`,{class:`utrecht-link`,href:`#/zaak/${e}`},`Naar uw huwelijk of partnerschap`));n.betaling?.status===`BETAALD`?t(`Betaling gelukt`,b(1,`Uw betaling is gelukt`),k(`ok`,`Wij hebben ${n.betaling.bedrag.weergave} ontvangen. Bevestig nu uw huwelijk of partnerschap.`),S(`Verder naar bevestigen`,()=>P(`#/zaak/${e}`)),r):n.betaling&&[`MISLUKT`,`GEANNULEERD`,`VERLOPEN`].includes(n.betaling.status)?t(`Betaling mislukt`,b(1,`Uw betaling is niet gelukt`),k(`error`,`Er is niets afgeschreven. U kunt het opnieuw proberen.`),S(`Opnieuw betalen`,()=>P(`#/zaak/${e}`)),r):t(`Betaling onbekend`,b(1,`Wij weten nog niet of uw betaling is gelukt`),z(`Wat nu?`,`wat-nu`,x(`De uitslag van de betaalprovider is nog niet binnen. Controleer het over een paar minuten opnieuw; betaal niet nog eens.`)),S(`Opnieuw controleren`,()=>void ft(e)),r)}function pt(e){let t=e.locatie;return t.locatie?`${t.locatie.naam}, ${t.locatie.adres}`:t.adres?`Eigen locatie: ${t.adres.straat} ${t.adres.huisnummer}${t.adres.huisletter??``}${t.adres.toevoeging?`-${t.adres.toevoeging}`:``}, ${t.adres.postcode} ${t.adres.woonplaats}`:`Eigen locatie: ${t.omschrijving??``}`}function mt(e){let t=e.ambtenaar;return t.keuze===`EIGEN`?`Eigen trouwambtenaar: ${t.eigenBabs?.naam??``}`:t.keuze===`KEUZE`?`Gekozen: ${t.ambtenaar?.naam??``}`:t.ambtenaar?`Toegewezen door de gemeente: ${t.ambtenaar.naam}`:`De gemeente wijst een trouwambtenaar toe`}function ht(e){let t=[[`Status`,g(`span`,{class:`utrecht-badge-status app-status`,"data-status":e.status},E[e.status])],[`Soort`,D[e.soort]],[`Ceremonie`,e.ceremonie.naam],[`Datum en tijd`,`${y(e.moment.start)} uur`],[`Locatie`,pt(e)],[`Trouwambtenaar`,mt(e)]];return e.verlooptOp&&t.push([`Geldig tot`,`${y(e.verlooptOp)} uur`]),e.melding&&t.push([`Melding`,`${pe[e.melding.status]}${e.melding.reden?`: ${e.melding.reden}`:``}`]),e.betaling&&t.push([`Betaling`,`${fe[e.betaling.status]} (${e.betaling.bedrag.weergave})`]),g(`section`,{class:`app-sectie`,"aria-labelledby":`samenvatting`},b(2,`Gegevens`,`samenvatting`),le(t))}function gt(e){return g(`section`,{class:`app-sectie`,"aria-labelledby":`partners`},b(2,`Partners`,`partners`),g(`ul`,{class:`utrecht-unordered-list`},...e.partners.map(e=>g(`li`,{class:`utrecht-unordered-list__item`},`${O[e.rol]}${e.isIk?` (u)`:``}: ${de[e.instemming.status]}; ${e.verklaardOp?`verklaring afgelegd op ${y(e.verklaardOp)} uur${e.verklaring?.aanBalie?` (aan de balie)`:``}`:`verklaring nog niet afgelegd`}`))),e.getuigen.length>0?g(`div`,{},b(3,`Getuigen`),g(`ul`,{class:`utrecht-unordered-list`},...e.getuigen.map(e=>g(`li`,{class:`utrecht-unordered-list__item`},`Getuige ${e.volgnummer}: ${e.gemeentelijk?`getuige van de gemeente`:`BSN ${e.burgerservicenummer??``}`}`)))):null)}function _t(e){return g(`section`,{class:`app-sectie`,"aria-labelledby":`prijs`},b(2,`Kosten`,`prijs`),g(`table`,{class:`utrecht-table`},g(`caption`,{class:`utrecht-table__caption`},`Wat het kost`),g(`thead`,{class:`utrecht-table__header`},g(`tr`,{class:`utrecht-table__row`},g(`th`,{class:`utrecht-table__header-cell`,scope:`col`},`Onderdeel`),g(`th`,{class:`utrecht-table__header-cell utrecht-table__header-cell--numeric`,scope:`col`},`Bedrag`))),g(`tbody`,{class:`utrecht-table__body`},...e.prijs.regels.map(e=>g(`tr`,{class:`utrecht-table__row`},g(`td`,{class:`utrecht-table__cell`},e.omschrijving),g(`td`,{class:`utrecht-table__cell utrecht-table__cell--numeric`},e.bedrag.weergave)))),g(`tfoot`,{class:`utrecht-table__footer`},g(`tr`,{class:`utrecht-table__row`},g(`th`,{class:`utrecht-table__header-cell`,scope:`row`},`Totaal`),g(`td`,{class:`utrecht-table__cell utrecht-table__cell--numeric`},e.prijs.totaal.weergave)))))}function vt(e){return e.toetsing.length===0?null:g(`section`,{class:`app-sectie`,"aria-labelledby":`toetsing`},b(2,`Resultaten van de toetsing`,`toetsing`),g(`table`,{class:`utrecht-table`},g(`caption`,{class:`utrecht-table__caption`},`Wat de gemeente heeft gecontroleerd`),g(`thead`,{class:`utrecht-table__header`},g(`tr`,{class:`utrecht-table__row`},...[`Wie`,`Controle`,`Uitkomst`,`Uitleg`].map(e=>g(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),g(`tbody`,{class:`utrecht-table__body`},...e.toetsing.map(e=>g(`tr`,{class:`utrecht-table__row`},g(`td`,{class:`utrecht-table__cell`},ge[e.betreft]),g(`td`,{class:`utrecht-table__cell`},he[e.regel]),g(`td`,{class:`utrecht-table__cell`},ue[e.uitkomst]),g(`td`,{class:`utrecht-table__cell`},e.reden))))))}function H(e,t){e&&(Re(t),P(`#/medewerker/zaak/${e.id}`))}var U=e=>({tekst:`Gegevens opnieuw laden`,doe:()=>P(`#/medewerker/zaak/${e.id}`)});function W(e,t,n,r=`primary-action`){let i=g(`div`,{"aria-live":`polite`}),a=g(`form`,{class:`utrecht-form`},...t,C(e,r),i);return a.addEventListener(`submit`,e=>{e.preventDefault(),n(new FormData(a),i)}),a}function yt(e){if(!j(e,`beoordeelMelding`))return null;let t=g(`div`,{"aria-live":`polite`}),n=g(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3}),r=r=>{let i=n.value.trim();!r&&!i?(t.replaceChildren(g(`p`,{class:`utrecht-form-field-error-message`,role:`alert`},`Geef een reden om de melding af te wijzen.`)),n.focus()):L(t,async()=>(await h(We,{id:e.id,versie:e.versie,goedgekeurd:r,reden:i||null})).beoordeelMelding,U(e)).then(e=>H(e,r?`De melding is goedgekeurd.`:`De melding is afgewezen.`))};return z(`Melding beoordelen`,`beoordelen`,x(`Bekijk de resultaten van de toetsing en de verklaringen. Keur de melding goed of wijs haar af met een reden.`),w(`Reden (verplicht bij afwijzen)`,n),g(`div`,{class:`utrecht-button-group`},S(`Melding goedkeuren`,()=>r(!0)),S(`Melding afwijzen`,()=>r(!1),`secondary-action`)),t)}function bt(e){return j(e,`registreerBetaling`)?z(`Betaling aan de balie`,`balie`,W(`Betaling vastleggen`,[w(`Bedrag in euro`,T(`bedrag`,{inputmode:`decimal`,value:(e.prijs.totaal.centen/100).toFixed(2).replace(`.`,`,`),required:!0})),w(`Referentie (bonnummer)`,T(`referentie`,{required:!0,autocomplete:`off`}))],(t,n)=>{let r=Math.round(Number.parseFloat(String(t.get(`bedrag`)).replace(`,`,`.`))*100);L(n,async()=>(await h(Ge,{id:e.id,versie:e.versie,bedragInCenten:r,referentie:String(t.get(`referentie`)).trim()})).registreerBetaling,U(e)).then(e=>H(e,`De betaling is vastgelegd.`))})):null}function xt(e){if(!j(e,`markeerVoltrokken`))return null;let t=g(`div`,{"aria-live":`polite`});return z(`Ceremonie`,`voltrekken`,x(`Is de ceremonie voltrokken? Leg dat hier vast.`),S(`Markeer als voltrokken`,()=>void L(t,async()=>(await h(Ke,{id:e.id,versie:e.versie})).markeerVoltrokken,U(e)).then(e=>H(e,`De ceremonie is als voltrokken vastgelegd.`))),t)}function St(e){return j(e,`annuleer`)?z(`Annuleren`,`annuleren`,W(`Huwelijk annuleren`,[w(`Reden van annuleren`,g(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3,required:!0}))],(t,n)=>void L(n,async()=>(await h(ut,{id:e.id,versie:e.versie,reden:String(t.get(`reden`))})).annuleer,U(e)).then(e=>H(e,`Het huwelijk is geannuleerd.`)),`secondary-action`)):null}function Ct(e){return z(`Historie`,`historie`,g(`table`,{class:`utrecht-table`},g(`caption`,{class:`utrecht-table__caption`},`Elke wijziging van deze zaak`),g(`thead`,{class:`utrecht-table__header`},g(`tr`,{class:`utrecht-table__row`},...[`Wanneer`,`Door`,`Wat`,`Status`,`Reden`].map(e=>g(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),g(`tbody`,{class:`utrecht-table__body`},...e.historie.map(e=>g(`tr`,{class:`utrecht-table__row`},g(`td`,{class:`utrecht-table__cell`},y(e.op)),g(`td`,{class:`utrecht-table__cell`},e.door),g(`td`,{class:`utrecht-table__cell`},e.gebeurtenis?me[e.gebeurtenis]:``),g(`td`,{class:`utrecht-table__cell`},`${e.van?`${E[e.van]} → `:``}${E[e.naar]}`),g(`td`,{class:`utrecht-table__cell`},e.reden??``))))))}function wt(e){let t=e.melding?.verklaringen??e.partners.flatMap(e=>e.verklaring?[e.verklaring]:[]);if(t.length===0)return null;let n=e=>e?`ja`:`nee`;return z(`Verklaringen`,`verklaringen`,g(`ul`,{class:`utrecht-unordered-list`},...t.map(e=>g(`li`,{class:`utrecht-unordered-list__item`},`${O[e.rol]}${e.aanBalie?` (aan de balie)`:``}: naar waarheid ${n(e.gegevensNaarWaarheid)}, niet elders gehuwd ${n(e.nietEldersGehuwd)}, niet alleen voor verblijf ${n(e.nietUitsluitendVoorVerblijf)}, bloedverwant 3e/4e graad ${n(e.bloedverwantDerdeOfVierdeGraad)}, beëdigde verklaring ${n(e.beedigdeVerklaringBloedverwantschap)}`))))}var Tt=[[`gegevensNaarWaarheid`,`De gegevens zijn naar waarheid ingevuld`],[`nietEldersGehuwd`,`Niet getrouwd en geen geregistreerd partnerschap (ook niet in het buitenland)`],[`nietUitsluitendVoorVerblijf`,`Niet alleen om een verblijfsvergunning te krijgen`],[`bloedverwantDerdeOfVierdeGraad`,`Bloedverwant van de partner in de derde of vierde graad`],[`beedigdeVerklaringBloedverwantschap`,`Beëdigde verklaring over de bloedverwantschap`]];function Et(e){if(!j(e,`registreerVerklaring`))return null;let t=e.partners.filter(e=>!e.verklaardOp&&e.instemming.status===`VERLEEND`),n=g(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`partner`},...e.partners.filter(e=>e.instemming.status===`VERLEEND`).map(e=>g(`option`,{value:e.rol,selected:e===t[0]},`${O[e.rol]}${e.verklaardOp?` (heeft al verklaard)`:``}`)));return z(`Verklaring aan de balie`,`balieverklaring`,x(`Legde een partner de verklaring aan de balie af? Leg die hier vast. De historie noemt u als medewerker.`),W(`Verklaring vastleggen`,[w(`Voor welke partner`,n),g(`fieldset`,{class:`utrecht-form-fieldset`},g(`legend`,{class:`utrecht-form-fieldset__legend`},`De partner verklaart`),...Tt.map(([e,t])=>ce(t,e)))],(t,n)=>{let r={gegevensNaarWaarheid:t.has(`gegevensNaarWaarheid`),nietEldersGehuwd:t.has(`nietEldersGehuwd`),nietUitsluitendVoorVerblijf:t.has(`nietUitsluitendVoorVerblijf`),bloedverwantDerdeOfVierdeGraad:t.has(`bloedverwantDerdeOfVierdeGraad`),beedigdeVerklaringBloedverwantschap:t.has(`beedigdeVerklaringBloedverwantschap`)},i=String(t.get(`partner`));L(n,async()=>(await h(Ue,{id:e.id,versie:e.versie,partner:i,verklaring:r})).registreerVerklaring,U(e)).then(e=>H(e,`De verklaring van ${O[i].toLowerCase()} is vastgelegd.`))}))}async function Dt(e){let t=F(),{huwelijk:n}=await h(He,{id:e});t(`Zaak`,b(1,`Zaak van ${y(n.moment.start)}`),...[ze(),ht(n),gt(n),vt(n),wt(n),_t(n),Et(n),yt(n),bt(n),xt(n),St(n),Ct(n)].filter(e=>e!==null),g(`p`,{class:`utrecht-paragraph`},g(`a`,{class:`utrecht-link`,href:`#/medewerker`},`Terug naar de lijst`)))}async function Ot(e,t,n){let r=Pe(),i=r.demo,a={rol:e,gemeente:r.gemeentecode};t&&(a.bsn=t);let o=await fetch(i.tokenUrl,{method:`POST`,headers:{"Content-Type":`application/json`},body:JSON.stringify(a)});if(!o.ok)throw Error(`inloggen mislukt`);let c=await o.json();s({token:c.access_token,rol:e,naam:n,verlooptOp:Date.now()+c.expires_in*1e3}),P(e===`medewerker`?`#/medewerker`:`#/`)}function kt(e=`#/`,t){let r=F(),i=Pe(),a=[b(1,`Inloggen`)];if(t&&a.push(k(`error`,t)),sessionStorage.getItem(n(`uitgelogd`))&&(sessionStorage.removeItem(n(`uitgelogd`)),t||a.push(k(`ok`,`U bent uitgelogd.`))),a.push(x(`Plan uw huwelijk of geregistreerd partnerschap in de gemeente ${i.naam}. Log in om te beginnen.`)),i.demo)a.push(k(`info`,`Dit is een demonstratie. U logt in als een testpersoon uit de BRP-testset; er worden geen echte gegevens gebruikt.`),b(2,`Inloggen als inwoner`),g(`ul`,{class:`app-keuzelijst`},...i.demo.testpersonen.map(e=>g(`li`,{},S(`Inloggen als ${e.naam}`,()=>void Ot(`burger`,e.bsn,e.naam),`secondary-action`),g(`span`,{class:`app-toelichting`},` ${e.toelichting}`)))),b(2,`Inloggen als medewerker`),x(S(`Inloggen als medewerker burgerzaken`,()=>void Ot(`medewerker`,null,`Medewerker burgerzaken`),`secondary-action`)));else if(i.oidc){let t=i.oidc;a.push(x(S(`Inloggen met DigiD`,()=>void De(t,e))),x(`Medewerkers loggen in met hun account van de gemeente via dezelfde knop.`))}else a.push(k(`warning`,`Inloggen is voor deze gemeente niet ingesteld. Neem contact op met de gemeente.`));r(`Inloggen`,...a)}var At=10,G={filter:{},cursors:[null]};async function jt(){let e=F(),t=g(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`status`},g(`option`,{value:``},`Alle statussen`),...Object.keys(E).map(e=>g(`option`,{value:e,selected:G.filter.status?.[0]===e},E[e]))),n=g(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`van`}),r=g(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`tot`}),i=g(`form`,{class:`utrecht-form app-filters`,role:`search`,"aria-label":`Huwelijken zoeken`},w(`Status`,t),w(`Ceremonie vanaf`,n),w(`Ceremonie vóór`,r),C(`Zoeken`)),a=g(`div`,{"aria-live":`polite`});i.addEventListener(`submit`,e=>{e.preventDefault();let t=new FormData(i),n={};t.get(`status`)&&(n.status=[String(t.get(`status`))]),t.get(`van`)&&(n.van=new Date(`${String(t.get(`van`))}T00:00:00`).toISOString()),t.get(`tot`)&&(n.tot=new Date(`${String(t.get(`tot`))}T00:00:00`).toISOString()),G={filter:n,cursors:[null]},K(a)}),e(`Huwelijken`,b(1,`Huwelijken en partnerschappen`),i,a),await K(a)}async function K(e){let t=G.cursors.at(-1)??null,{huwelijken:n}=await h(Ve,{filter:G.filter,first:At,after:t}),r=G.cursors.length,i=n.edges.map(({node:e})=>g(`tr`,{class:`utrecht-table__row`},g(`td`,{class:`utrecht-table__cell`},g(`a`,{class:`utrecht-link`,href:`#/medewerker/zaak/${e.id}`},`${y(e.moment.start)}`)),g(`td`,{class:`utrecht-table__cell`},D[e.soort]),g(`td`,{class:`utrecht-table__cell`},e.ceremonie.naam),g(`td`,{class:`utrecht-table__cell`},e.locatie.locatie?.naam??`Eigen locatie`),g(`td`,{class:`utrecht-table__cell`},E[e.status]),g(`td`,{class:`utrecht-table__cell`},e.melding?pe[e.melding.status]:`Nog geen melding`))),a=g(`nav`,{class:`utrecht-pagination`,"aria-label":`Paginering`},r>1?S(`Vorige pagina`,()=>{G.cursors.pop(),K(e)},`secondary-action`):null,g(`span`,{class:`app-paginanummer`},` Pagina ${r} van ${Math.max(1,Math.ceil(n.totalCount/At))} `),n.pageInfo.hasNextPage?S(`Volgende pagina`,()=>{G.cursors.push(n.pageInfo.endCursor),K(e)},`secondary-action`):null);e.replaceChildren(x(`${n.totalCount} gevonden.`),i.length===0?x(`Geen huwelijken die aan uw zoekopdracht voldoen.`):g(`div`,{class:`utrecht-table-container`},g(`table`,{class:`utrecht-table`},g(`caption`,{class:`utrecht-table__caption`},`Huwelijken op volgorde van datum`),g(`thead`,{class:`utrecht-table__header`},g(`tr`,{class:`utrecht-table__row`},...[`Datum en tijd`,`Soort`,`Ceremonie`,`Locatie`,`Status`,`Melding`].map(e=>g(`th`,{class:`utrecht-table__header-cell`,scope:`col`},e)))),g(`tbody`,{class:`utrecht-table__body`},...i))),a)}async function Mt(){let e=F(),{mijnHuwelijken:t}=await h(Xe),n=t.filter(e=>![`GEANNULEERD`,`VERLOPEN`,`VOLTROKKEN`].includes(e.status)),r=[b(1,`Mijn huwelijk of partnerschap`)];t.length===0?r.push(x(`U heeft nog geen huwelijk of partnerschap gepland.`)):r.push(g(`ul`,{class:`app-zaken`},...t.map(e=>g(`li`,{class:`app-zaak`},g(`a`,{class:`utrecht-link`,href:`#/zaak/${e.id}`},`${D[e.soort]} op ${y(e.moment.start)}`),g(`span`,{class:`utrecht-badge-status app-status`},E[e.status]))))),n.length===0&&r.push(x(S(`Plan een huwelijk of partnerschap`,()=>P(`#/plannen`)))),e(`Mijn huwelijk of partnerschap`,...r)}var Nt=7;function Pt(e,t,n,r,i){let a=_(e);return g(`div`,{class:`utrecht-form-field utrecht-form-field--radio`},g(`div`,{class:`utrecht-form-field__input`},g(`input`,{type:`radio`,class:`utrecht-radio-button utrecht-radio-button--html-input`,name:e,id:a,value:t,checked:r,required:!0})),g(`div`,{class:`utrecht-form-field__label utrecht-form-field__label--radio`},g(`label`,{class:`utrecht-form-label utrecht-form-label--radio`,for:a},n),i?g(`div`,{class:`utrecht-form-field-description`},i):null))}function q(e,...t){return g(`fieldset`,{class:`utrecht-form-fieldset`},g(`legend`,{class:`utrecht-form-fieldset__legend`},e),...t)}async function Ft(){let e=F(),t=await h(qe),n=g(`input`,{type:`date`,class:`utrecht-textbox utrecht-textbox--html-input`,name:`vanaf`,value:se(new Date(Date.now()+18144e5)),required:!0}),r=g(`select`,{class:`utrecht-select utrecht-select--html-select`,name:`locatie`},g(`option`,{value:``},`Alle locaties`),...t.locaties.map(e=>g(`option`,{value:e.id},e.naam))),i=g(`form`,{class:`utrecht-form`,novalidate:!1},q(`Wat wilt u?`,...[`HUWELIJK`,`GEREGISTREERD_PARTNERSCHAP`,`OMZETTING`].map((e,t)=>Pt(`soort`,e,D[e],t===0))),q(`Welke ceremonie?`,...t.ceremonietypen.map((e,t)=>Pt(`ceremonietype`,e.code,`${e.naam} (${e.prijs.weergave})`,t===0,e.omschrijving))),w(`Vanaf welke datum zoekt u?`,n,`Wij tonen de vrije momenten van ${Nt} dagen.`),w(`Locatie`,r),C(`Vrije momenten zoeken`)),a=g(`div`,{"aria-live":`polite`});i.addEventListener(`submit`,e=>{e.preventDefault(),It(t,new FormData(i),a)}),e(`Plannen`,b(1,`Een huwelijk of partnerschap plannen`),x(`Kies wat u wilt en wanneer. U reserveert eerst voorlopig; daarna nodigt u uw partner uit.`),i,a)}async function It(e,t,n){let r=String(t.get(`vanaf`)),i=se(new Date(new Date(`${r}T12:00:00Z`).getTime()+5184e5)),a=String(t.get(`ceremonietype`));n.replaceChildren(x(`Bezig met zoeken…`));let o=String(t.get(`locatie`)||``)||null,{beschikbaarheid:s}=await h(Je,{van:r,tot:i,ceremonietype:a,locatie:o});if(s.length===0){n.replaceChildren(b(2,`Geen vrije momenten`),x(`In deze periode is niets vrij. Kies een latere datum of een andere locatie.`));return}let c=await Promise.all(s.map(async e=>(await h(Ye,{datum:e.datum,ceremonietype:a,locatie:o})).tijdsloten)),l=new Map;for(let[e,t]of c.entries())t.length>0&&l.set(s[e].datum,t);let u=g(`form`,{class:`utrecht-form`},b(2,`Kies een moment`),...[...l.values()].map(e=>q(ae(e[0].start),...e.map(e=>Pt(`slot`,`${e.start}|${e.locatie.id}`,`${oe(e.start)} uur, ${e.locatie.naam}, ${e.prijs.weergave}`,!1)))),e.extras.length>0?q(`Extra's (niet verplicht)`,...e.extras.map(e=>{let t=_(`extra`);return g(`div`,{class:`utrecht-form-field utrecht-form-field--checkbox`},g(`div`,{class:`utrecht-form-field__input`},g(`input`,{type:`checkbox`,class:`utrecht-checkbox utrecht-checkbox--html-input`,name:`extra`,value:e.code,id:t})),g(`div`,{class:`utrecht-form-field__label`},g(`label`,{class:`utrecht-form-label`,for:t},`${e.naam} (${e.prijs.weergave})`)))})):null,C(`Voorlopig reserveren`)),ee=g(`div`);u.addEventListener(`submit`,r=>{r.preventDefault();let i=new FormData(u),[o,s]=String(i.get(`slot`)??``).split(`|`);o&&s&&L(ee,async()=>(await h(Ze,{invoer:{soort:String(t.get(`soort`)),ceremonietype:a,start:o,locatie:{locatieId:s},ambtenaar:{toegewezen:!0},extras:i.getAll(`extra`).map(String)}})).reserveer,{tekst:`Opnieuw zoeken`,doe:()=>void It(e,t,n)}).then(e=>{e&&P(`#/zaak/${e.id}`)})}),n.replaceChildren(u,ee)}function J(e,t){e&&(Re(t),P(`#/zaak/${e.id}`))}var Y=e=>({tekst:`Gegevens opnieuw laden`,doe:()=>P(`#/zaak/${e.id}`)});function X(e,t,n){let r=g(`div`,{"aria-live":`polite`}),i=g(`form`,{class:`utrecht-form`},...t,C(e),r);return i.addEventListener(`submit`,e=>{e.preventDefault(),n(new FormData(i),r)}),i}var Z=e=>e.partners.find(e=>e.isIk),Q=j,Lt=e=>{let t=e.partners.find(e=>e.rol===`PARTNER2`),n=t&&[`GEWEIGERD`,`INGETROKKEN`].includes(t.instemming.status);return!Q(e,`nodigPartnerUit`)||t&&!n?null:z(`Nodig uw partner uit`,`uitnodigen`,x(`Uw partner logt daarna zelf in en stemt in met het huwelijk of partnerschap.`),X(`Partner uitnodigen`,[w(`Burgerservicenummer van uw partner`,T(`bsn`,{inputmode:`numeric`,autocomplete:`off`,required:!0,pattern:`[0-9]{9}`}),`9 cijfers`)],(t,n)=>void L(n,async()=>(await h(Qe,{id:e.id,versie:e.versie,burgerservicenummer:String(t.get(`bsn`)).trim()})).nodigPartnerUit,Y(e)).then(e=>J(e,`Uw partner is uitgenodigd. Uw partner kan nu inloggen en instemmen.`))))},Rt=e=>{if(!Z(e)||!Q(e,`stemIn`))return null;let t=g(`div`,{"aria-live":`polite`});return z(`Stemt u in?`,`instemmen`,x(`Uw partner heeft u uitgenodigd voor dit huwelijk of partnerschap. Stemt u in?`),g(`div`,{class:`utrecht-button-group`},S(`Ja, ik stem in`,()=>void L(t,async()=>(await h($e,{id:e.id,versie:e.versie})).stemIn,Y(e)).then(e=>J(e,`U heeft ingestemd. De reservering staat nu vast tot de melding.`))),S(`Nee, ik stem niet in`,()=>void L(t,async()=>(await h(et,{id:e.id,versie:e.versie})).weigerInstemming,Y(e)).then(e=>J(e,`U heeft niet ingestemd.`)),`secondary-action`)),t)},zt=[`VOLTROKKEN`,`GEANNULEERD`,`VERLOPEN`],Bt=e=>{if(!Q(e,`voegGetuigeToe`)&&!Q(e,`verwijderGetuige`))return!Z(e)||zt.includes(e.status)||Z(e)?.instemming.status!==`VERLEEND`?null:z(`Getuigen`,`getuigen`,k(`info`,`U kunt de getuigen nu niet (meer) zelf wijzigen. Neem contact op met de gemeente als er iets moet veranderen.`));let t=g(`div`,{"aria-live":`polite`}),n=e.getuigen.map(n=>g(`li`,{class:`utrecht-unordered-list__item`},`Getuige ${n.volgnummer}: ${n.gemeentelijk?`getuige van de gemeente`:`BSN ${n.burgerservicenummer??``}`} `,Q(e,`verwijderGetuige`)?S(`Getuige ${n.volgnummer} verwijderen`,()=>void L(t,async()=>(await h(nt,{id:e.id,versie:e.versie,volgnummer:n.volgnummer})).verwijderGetuige,Y(e)).then(e=>J(e,`De getuige is verwijderd.`)),`subtle`):null));return z(`Getuigen`,`getuigen`,x(`U heeft 2 tot 4 getuigen nodig, van 18 jaar of ouder. Geen getuigen? De gemeente kan er een leveren (tegen betaling).`),n.length?g(`ul`,{class:`utrecht-unordered-list`},...n):x(`Nog geen getuigen.`),t,Q(e,`voegGetuigeToe`)?X(`Getuige toevoegen`,[w(`Burgerservicenummer van de getuige`,T(`bsn`,{inputmode:`numeric`,autocomplete:`off`,pattern:`[0-9]{9}`}),`Laat leeg als u een getuige van de gemeente wilt`),ce(`Een getuige van de gemeente`,`gemeentelijk`)],(t,n)=>{let r=String(t.get(`bsn`)??``).trim(),i=t.get(`gemeentelijk`)||!r?{gemeentelijk:!0}:{burgerservicenummer:r};L(n,async()=>(await h(tt,{id:e.id,versie:e.versie,getuige:i})).voegGetuigeToe,Y(e)).then(e=>J(e,`De getuige is toegevoegd.`))}):null)};function Vt(e,t,n,r){return g(`fieldset`,{class:`utrecht-form-fieldset`},g(`legend`,{class:`utrecht-form-fieldset__legend`},t),...n.map(([t,n],i)=>{let a=`${e}-${i}`;return g(`div`,{class:`utrecht-form-field utrecht-form-field--radio`},g(`div`,{class:`utrecht-form-field__input`},g(`input`,{type:`radio`,class:`utrecht-radio-button utrecht-radio-button--html-input`,name:e,id:a,value:t,checked:t===r})),g(`div`,{class:`utrecht-form-field__label`},g(`label`,{class:`utrecht-form-label`,for:a},n)))}))}var Ht=(e,t)=>{if(!Q(e,`kiesAmbtenaar`))return null;let n=e.ambtenaar.keuze===`KEUZE`?e.ambtenaar.ambtenaar?.id??``:e.ambtenaar.keuze===`EIGEN`?`eigen`:`toegewezen`;return z(`Trouwambtenaar (BABS)`,`ambtenaar`,X(`Trouwambtenaar opslaan`,[Vt(`babs`,`Wie trouwt u?`,[[`toegewezen`,`Geen voorkeur: de gemeente wijst iemand toe`],...t.ambtenaren.map(e=>[e.id,e.naam]),[`eigen`,`Een eigen trouwambtenaar (voor één dag)`]],n),w(`Naam van de eigen trouwambtenaar`,T(`eigenNaam`,{autocomplete:`off`}),`Alleen bij een eigen trouwambtenaar`),w(`Burgerservicenummer van de eigen trouwambtenaar`,T(`eigenBsn`,{inputmode:`numeric`,autocomplete:`off`}),`Alleen bij een eigen trouwambtenaar`)],(t,n)=>{let r=String(t.get(`babs`)),i=r===`toegewezen`?{toegewezen:!0}:r===`eigen`?{eigenBabs:{naam:String(t.get(`eigenNaam`)),burgerservicenummer:String(t.get(`eigenBsn`)).trim()}}:{ambtenaarId:r};L(n,async()=>(await h(rt,{id:e.id,versie:e.versie,ambtenaar:i})).kiesAmbtenaar,Y(e)).then(e=>J(e,`De trouwambtenaar is opgeslagen.`))}))},Ut=(e,t)=>{if(!Q(e,`kiesLocatie`))return null;let n=e.locatie.locatie?.id??`eigen`;return z(`Locatie`,`locatie`,X(`Locatie opslaan`,[Vt(`locatie`,`Waar trouwt u?`,[...t.locaties.map(e=>[e.id,`${e.naam} (${e.prijs.weergave})`]),[`eigen`,`Een eigen locatie in de gemeente`]],n),w(`Straat`,T(`straat`,{autocomplete:`address-line1`}),`Alleen bij een eigen locatie`),w(`Huisnummer`,T(`huisnummer`,{inputmode:`numeric`})),w(`Postcode`,T(`postcode`,{autocomplete:`postal-code`})),w(`Plaats`,T(`woonplaats`,{autocomplete:`address-level2`}))],(t,n)=>{let r=String(t.get(`locatie`)),i=r===`eigen`?{adres:{straat:String(t.get(`straat`)).trim(),huisnummer:Number.parseInt(String(t.get(`huisnummer`)),10)||0,postcode:String(t.get(`postcode`)).replace(/\s/g,``).toUpperCase(),woonplaats:String(t.get(`woonplaats`)).trim()}}:{locatieId:r};L(n,async()=>(await h(it,{id:e.id,versie:e.versie,locatie:i})).kiesLocatie,Y(e)).then(e=>J(e,`De locatie is opgeslagen.`))}))},Wt=e=>{let t=Z(e);return!t||!Q(e,`kiesNaamgebruik`)?null:z(`Uw achternaam na het trouwen`,`naamgebruik`,X(`Naamgebruik opslaan`,[Vt(`naamgebruik`,`Welke achternaam gebruikt u?`,Object.keys(_e).map(e=>[e,_e[e]]),t.naamgebruik??`E`)],(n,r)=>void L(r,async()=>(await h(at,{id:e.id,versie:e.versie,partner:t.rol,naamgebruik:String(n.get(`naamgebruik`))})).kiesNaamgebruik,Y(e)).then(e=>J(e,`Uw naamgebruik is opgeslagen.`))))},Gt=[[`gegevensNaarWaarheid`,`Mijn gegevens zijn naar waarheid ingevuld`],[`nietEldersGehuwd`,`Ik ben niet getrouwd en heb geen geregistreerd partnerschap (ook niet in het buitenland)`],[`nietUitsluitendVoorVerblijf`,`Wij trouwen niet alleen om een verblijfsvergunning te krijgen`],[`bloedverwantDerdeOfVierdeGraad`,`Mijn partner is een bloedverwant in de derde of vierde graad (bijvoorbeeld een neef of nicht)`],[`beedigdeVerklaringBloedverwantschap`,`Ik geef daarover een beëdigde verklaring`]],Kt=[Rt,Lt,Bt,Ht,Ut,e=>{let t=Z(e);if(!t||!Q(e,`legVerklaringAf`))return null;let n=e.partners.find(e=>!e.isIk),r=t.verklaring,i=[t.verklaardOp?`U heeft uw verklaring afgelegd op ${y(t.verklaardOp)} uur.`:`U heeft uw verklaring nog niet afgelegd.`,n?.verklaardOp?`Uw partner heeft de eigen verklaring afgelegd op ${y(n.verklaardOp)} uur.`:`Uw partner heeft de eigen verklaring nog niet afgelegd.`];return z(`Uw verklaring`,`verklaring`,x(`Voor de melding verklaart elke partner zelf, met de eigen inlog, dat de gegevens kloppen. Uw partner doet dat met de eigen inlog; u ziet alleen of dat gebeurd is.`),...i.map(e=>x(e)),X(r?`Verklaring opnieuw afleggen`:`Verklaring afleggen`,[g(`fieldset`,{class:`utrecht-form-fieldset`},g(`legend`,{class:`utrecht-form-fieldset__legend`},`Ik verklaar`),...Gt.map(([e,t])=>ce(t,e,!!r?.[e])))],(t,r)=>{let i={gegevensNaarWaarheid:t.has(`gegevensNaarWaarheid`),nietEldersGehuwd:t.has(`nietEldersGehuwd`),nietUitsluitendVoorVerblijf:t.has(`nietUitsluitendVoorVerblijf`),bloedverwantDerdeOfVierdeGraad:t.has(`bloedverwantDerdeOfVierdeGraad`),beedigdeVerklaringBloedverwantschap:t.has(`beedigdeVerklaringBloedverwantschap`)};L(r,async()=>(await h(ot,{id:e.id,versie:e.versie,verklaring:i})).legVerklaringAf,Y(e)).then(e=>J(e,n?.verklaardOp?`Uw verklaring is vastgelegd. U kunt nu de melding doen.`:`Uw verklaring is vastgelegd. Uw partner legt de eigen verklaring af met de eigen inlog; daarna kan de melding.`))}))},e=>{if(!Q(e,`doeMelding`)||!Z(e))return null;let t=g(`div`,{"aria-live":`polite`});return z(`Melding voorgenomen huwelijk`,`melding`,x(`U heeft allebei uw verklaring afgelegd. Met de melding controleert de gemeente of u mag trouwen. Dat gebeurt direct; u ziet de uitkomst hieronder.`),S(`Melding doen`,()=>void L(t,async()=>(await h(st,{id:e.id,versie:e.versie})).doeMelding,Y(e)).then(e=>J(e,`Uw melding is ontvangen. De gemeente beoordeelt haar.`))),t)},e=>{if(!Q(e,`startBetaling`)||!Z(e))return null;let t=g(`div`,{"aria-live":`polite`});return z(`Betalen`,`betalen`,x(`De melding is goedgekeurd. Betaal ${e.prijs.totaal.weergave}${e.verlooptOp?` vóór ${y(e.verlooptOp)} uur`:``}; daarna bevestigt u het huwelijk.`),e.betaling?.status===`MISLUKT`?x(`Uw vorige betaling is niet gelukt. U kunt het opnieuw proberen.`):null,S(`Betalen`,()=>void(async()=>{t.replaceChildren(x(`U gaat naar de betaalpagina…`));let n=(await h(ct,{id:e.id,versie:e.versie})).startBetaling;n.__typename===`BetalingGestart`?location.assign(n.checkoutUrl):await L(t,async()=>n,Y(e))})()),t)},e=>{if(!Q(e,`bevestig`)||!Z(e))return null;let t=g(`div`,{"aria-live":`polite`});return z(`Bevestigen`,`bevestigen`,x(`Alles is geregeld. Bevestig uw huwelijk of partnerschap.`),S(`Bevestigen`,()=>void L(t,async()=>(await h(lt,{id:e.id,versie:e.versie})).bevestig,Y(e)).then(e=>J(e,`Uw huwelijk of partnerschap is bevestigd. Tot op de dag zelf!`))),t)},Wt,e=>{if(!Q(e,`annuleer`)||!Z(e))return null;let t=g(`textarea`,{class:`utrecht-textarea utrecht-textarea--html-textarea`,name:`reden`,rows:3,required:!0});return z(`Annuleren`,`annuleren`,x(`Wilt u niet meer trouwen op dit moment? Annuleer dan. Na de melding kan de gemeente kosten rekenen.`),X(`Annuleren`,[w(`Waarom annuleert u?`,t)],(t,n)=>void L(n,async()=>(await h(ut,{id:e.id,versie:e.versie,reden:String(t.get(`reden`))})).annuleer,Y(e)).then(e=>J(e,`Uw huwelijk of partnerschap is geannuleerd.`))))}];async function qt(e){let t=F(),[{huwelijk:n},r]=await Promise.all([h(V,{id:e}),h(qe)]);t(`Uw huwelijk of partnerschap`,b(1,`Uw huwelijk of partnerschap`),...[ze(),ht(n),gt(n),vt(n),_t(n),...Kt.map(e=>e(n,r))].filter(e=>e!==null),g(`p`,{class:`utrecht-paragraph`},g(`a`,{class:`utrecht-link`,href:`#/`},`Terug naar uw overzicht`)))}async function $(){let e=location.hash.replace(/^#/,``)||`/`,t=o(),[,n,r,i]=e.split(`/`),a=location.hash;if(!t)kt(`#${e}`);else try{n===`inloggen`?kt():n===`medewerker`&&r===`zaak`&&i?await Dt(i):n===`medewerker`?await jt():n===`plannen`?await Ft():n===`zaak`&&r?await qt(r):n===`betaald`&&r?await ft(r):t.rol===`medewerker`?await jt():await Mt()}catch(e){location.hash===a&&Le(e)}}function Jt(e){document.documentElement.classList.add(`${e.thema}-theme`),document.getElementById(`gemeente`).textContent=`Gemeente ${e.naam}`,document.getElementById(`voet`).textContent=`Gemeente ${e.naam} - Trouwen en geregistreerd partnerschap`}async function Yt(){let e=await Be();t(e.gemeentecode),re(e.graphql),Ne(e,()=>void $()),Jt(e);let n=e.oidc;n&&u(e=>je(n,e));let r=new URLSearchParams(location.search),i=r.get(`betaald`);if(i)history.replaceState(null,``,`${location.pathname}#/betaald/${encodeURIComponent(i)}`);else if(n&&(r.has(`code`)||r.has(`error`))){history.replaceState(null,``,location.pathname);try{let e=await Ae(n,r);e&&(s(e.sessie),history.replaceState(null,``,`${location.pathname}${e.na}`))}catch(e){kt(`#/`,e instanceof Error?e.message:void 0),window.addEventListener(`hashchange`,()=>void $());return}}window.addEventListener(`hashchange`,()=>void $()),await $()}Yt();