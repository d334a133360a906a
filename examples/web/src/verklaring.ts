// A partner's declaration as the form on the couple's case page and the staff's desk form both
// ask it: one tick box per statement, named after the field of `VerklaringInvoer`.

import type { VerklaringInvoer } from "./gql/graphql";

export function verklaringUit(data: FormData): VerklaringInvoer {
  return {
    gegevensNaarWaarheid: data.has("gegevensNaarWaarheid"),
    nietEldersGehuwd: data.has("nietEldersGehuwd"),
    nietUitsluitendVoorVerblijf: data.has("nietUitsluitendVoorVerblijf"),
    bloedverwantDerdeOfVierdeGraad: data.has("bloedverwantDerdeOfVierdeGraad"),
    beedigdeVerklaringBloedverwantschap: data.has("beedigdeVerklaringBloedverwantschap"),
  };
}
