/**
 * Name parts and roles for generated people. Combined at random, they give tens of thousands
 * of distinct names, so the index sees a realistic spread of rare and common name tokens.
 */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const FIRST_NAMES = words(`
  Aaron Abigail Adele Adrian Agnes Aisha Alan Alba Alejandro Alexei Alice Alma Amara Ambrose Amir
  Anders Andrea Anika Anton Arjun Astrid August Aurora Ayumi Bakari Barnaby Beatrix Benedikt Bianca
  Bjorn Bogdan Bruno Camille Carlos Carmen Cecilia Chidi Chiara Clara Colm Cornelia Dalia Damian
  Dara Delphine Desmond Dmitri Dolores Duncan Edith Eduardo Elif Elena Elias Eloise Emeka Emil Enzo
  Esther Ezra Fabian Farah Felix Fiona Florin Frida Gabriel Gemma Gideon Greta Gustavo Hamid Hana
  Harriet Hector Helga Hiroshi Hugo Ida Ignacio Ilse Imani Ingrid Irene Isaac Ivana Jakob Jamal
  Janek Jasmine Joaquin Jonas Josephine Julian Juno Kaito Kamala Karin Kasia Kenji Kofi Lara Laszlo
  Leila Leon Lidia Linnea Lorenzo Lucia Ludmila Luis Magnus Malik Marco Margit Marisol Mateo Maxim
  Mei Milan Mira Moses Nadia Naveen Nell Nikolai Nina Noor Odile Olga Omar Oskar Paloma Pavel Petra
  Priya Quentin Rafael Ragnar Rania Reuben Rhea Rosa Rowan Ruth Sakura Salma Samuel Sandor Selma
  Seth Silvia Soren Stellan Sunita Tamsin Tariq Tessa Theo Tomas Ulla Umar Valentina Vera Viktor
  Wanda Wendell Xavier Yara Yusuf Zainab Zofia Zoran
`);

export const SURNAMES = words(`
  Abara Achterberg Adeyemi Albrecht Alcott Almeida Amundsen Andric Arkwright Ashdown Babic Baptiste
  Barlow Bellamy Bergstrom Bianchi Blackwood Bondarenko Bramwell Brennan Calloway Castellano Chandra
  Chen Cheng Cortez Crane Dahlberg Dalgaard Delacroix Demir Dimitrov Doherty Draxler Dufresne Eastman
  Eklund Ellery Esposito Falkner Farouk Fenwick Ferreira Fitzgerald Fonseca Forsyth Galloway Garside
  Gauthier Gerhardt Goldberg Gonzaga Greaves Grimaldi Gunnarsson Haddad Halloran Hartmann Hawthorne
  Hellström Hernandez Hollis Horvath Huxley Ibarra Iqbal Ivanova Jablonski Janssen Jovanovic Kaczmarek
  Kamara Karlsson Kasparov Kavanagh Kessler Khoury Kimura Kowalczyk Kristiansen Kuznetsova Lachance
  Lambert Larkin Lefebvre Lindqvist Lombardi Lowell Lundgren Macready Magnusson Malhotra Marchetti
  Markovic Mbeki Mendoza Merriweather Molnar Montague Moreau Mwangi Nakamura Navarro Nesbitt Nilsen
  Novak Nyberg Obi Okafor Oliveira Orlov Osei Ostrowski Pajari Palmer Papadopoulos Pellegrini Petrov
  Pham Pinheiro Popescu Prescott Quayle Quintero Radcliffe Ramirez Rasmussen Reyes Rinaldi Romanov
  Rosen Rossetti Ruiz Saarinen Salgado Sandoval Santoro Schreiber Sekou Shapiro Sherwood Silva
  Sokolov Sorensen Stavros Steinberg Strand Sutherland Szabo Takahashi Tanaka Tavares Thackeray
  Thorne Toivonen Torres Trask Ulrich Underwood Valdez Vance Varga Vasquez Vesely Vidal Volkova
  Wainwright Waldmann Wexford Whitcombe Winslow Wojcik Yamamoto Yilmaz Zamora Zeller Zielinski Zubiri
`);

/** Offices a person holds; "the {role}" becomes an alias of the person. */
export const ROLES = words(`
  senator governor mayor minister ambassador envoy treasurer spokesman spokeswoman chairman chairwoman
  director commissioner prosecutor judge general admiral secretary adviser negotiator lobbyist
  economist executive founder auditor inspector regulator councillor deputy attache consul
`);

/** How reporting describes unnamed sources; used for sources of kind "anonymous". */
export const UNNAMED_SOURCES = [
  'current and former officials',
  'two people familiar with the matter',
  'a person briefed on the discussions',
  'officials who spoke on condition of anonymity',
  'a senior administration official',
  'three people with knowledge of the talks',
  'a former intelligence official',
  'diplomats who asked not to be named',
  'a congressional aide',
  'people close to the negotiations',
  'an official with direct knowledge',
  'several staff members',
];

export const DOCUMENT_SOURCES = [
  'court filings',
  'a leaked internal memo',
  'financial disclosure forms',
  'minutes of the closed meeting',
  'an inspector general report',
  'emails obtained by the newspaper',
  'procurement records',
  'a draft of the agreement',
  'the committee transcript',
  'a regulatory filing',
];

export const INTERCEPT_SOURCES = [
  'intercepted communications',
  'signals intelligence reports',
  'monitored phone calls',
  'surveillance of diplomatic cables',
  'intelligence summaries based on intercepts',
];
