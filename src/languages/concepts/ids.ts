/**
 * Every concept id a language vocabulary may use: English, kebab-case, one concept each. Actions are
 * named by their verb ("sign"; the noun "signing" belongs to it too), things by their noun.
 */
export const CONCEPT_IDS: readonly string[] = `
  sign agree meet visit announce warn threaten negotiate ratify join leave ban sanction approve reject
  propose demand criticize condemn accuse deny confirm report elect vote resign appoint dismiss win
  lose protest strike recognize mediate cooperation support guarantee consultation discuss decision plan
  promise request invite allow adopt veto reform campaign response investigation mourn statement

  attack shoot bomb kill die injure arrest charge sentence release kidnap invade withdraw deploy
  explode capture occupy liberate surrender intercept fight clash escalate flee evacuate rescue search
  find blockade

  launch land crash collapse destroy damage flood burn erupt shake hit sink

  invest pay fund deliver supply train sell buy export import trade production increase decrease cut

  build close open suspend resume cancel postpone start end continue extend return arrive flight
  score test

  war conflict ceasefire peace offensive front troops soldier army military navy weapon missile drone
  aircraft helicopter ship submarine tank ammunition artillery nuclear base terrorism rebel hostage
  prisoner civilian refugee border territory defense security intelligence risk crisis emergency
  victim death-toll body survivor missing

  earthquake aftershock magnitude epicentre tsunami volcano storm hurricane fire drought heat
  landslide rubble dam bridge building house road railway airport hospital school reactor

  agreement talks summit conference alliance member resolution embassy flag headquarters ambassador diplomat
  delegation election referendum candidate party parliament government minister ministry president
  prime-minister chancellor king queen coronation funeral pope leader mayor governor opposition
  coalition majority law constitution court judge prosecutor lawyer trial verdict prison police
  suspect crime corruption spokesperson authorities population resident worker sovereignty
  independence rights democracy migration asylum deportation child

  company bank market economy recession inflation price budget debt loan tax tariff growth
  unemployment jobs wage energy electricity gas oil fuel pipeline blackout water food grain climate
  emissions aid billion million thousand percent health disease virus vaccine epidemic space
  satellite journalist match team goal championship player

  country city village capital region

  hour minute day week month year decade century today yesterday tomorrow morning evening night
  weekend
`
  .split(/\s+/)
  .filter((id) => id !== '');
