/**
 * Places, organisations and outlets for generated claims and for the generic news paragraphs of
 * the bench article. Organisation names are combined from parts, so thousands exist.
 */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const PLACES = words(`
  Aberdeen Accra Adelaide Algiers Almaty Amman Ankara Antwerp Asuncion Athens Baku Bamako Bangalore
  Basel Beirut Belgrade Bergen Bilbao Bogota Bordeaux Bratislava Brisbane Bucharest Budapest Cairo
  Calgary Cardiff Cartagena Casablanca Chennai Chisinau Cologne Copenhagen Cork Dakar Dhaka Dresden
  Dublin Durban Edinburgh Florence Gdansk Geneva Genoa Glasgow Gothenburg Graz Hamburg Hanoi Harare
  Helsinki Hobart Istanbul Izmir Jakarta Kampala Karachi Katowice Kigali Kingston Krakow Kyiv Lagos
  Leipzig Lille Lima Lisbon Ljubljana Lyon Madrid Malmo Manila Marseille Medellin Milan Minsk
  Mombasa Montevideo Montreal Mumbai Munich Nairobi Nantes Naples Nicosia Odesa Osaka Oslo Ottawa
  Palermo Porto Prague Pune Quito Rabat Reykjavik Riga Rotterdam Salzburg Santiago Sarajevo Seville
  Skopje Sofia Stuttgart Tallinn Tampere Tbilisi Tirana Toulouse Trieste Tunis Turin Utrecht
  Valencia Valletta Vilnius Warsaw Wellington Windhoek Wroclaw Yerevan Zagreb Zurich
`);

export const REGIONS = words(`
  Baltic Adriatic Andean Alpine Caspian Danube Nordic Iberian Balkan Carpathian Sahel Pacific
  Atlantic Aegean Caribbean Arctic Mekong Rhine Highland Coastal
`);

export const ORG_QUALIFIERS = words(`
  National Federal Northern Southern Eastern Western Central United Independent Royal Continental
  Metropolitan Provincial Municipal Coastal Allied Joint Standing Permanent Civic Public Strategic
`);

export const ORG_SUBJECTS = words(`
  Grain Energy Water Rail Port Steel Timber Fisheries Aviation Shipping Mining Pension Health Housing
  Transit Telecom Textile Dairy Banking Insurance Pharmaceutical Defence Forestry Tourism Customs
  Broadcasting Election Space Nuclear Highway Tobacco Cotton Coffee Cocoa Copper Lithium Solar Wind
`);

export const ORG_KINDS = words(`
  Authority Commission Council Agency Institute Bureau Board Cooperative Consortium Alliance Union
  Federation Foundation Ministry Directorate Tribunal Committee Trust Company Holdings Group Fund
`);

export const OUTLETS = [
  'The Morning Ledger',
  'Harbor City Tribune',
  'The Evening Dispatch',
  'Continental Wire Service',
  'The Northern Courier',
  'Capital Times Online',
  'The Weekly Standard-Bearer',
  'Riverside Gazette',
  'Global Affairs Monitor',
  'The Plainview Herald',
  'Metro Public Radio',
  'The Investigative Desk',
  'Valley News Network',
  'The Sentinel Review',
  'Atlantic Business Daily',
  'The Observer Bulletin',
  'Frontier Broadcasting',
  'The Civic Record',
  'Eastern Press Agency',
  'The Quarterly Inquirer',
];

/** Host names for generated source links (reserved example domains, never fetched). */
export const LINK_HOSTS = ['news.example.com', 'reports.example.org', 'wire.example.net', 'archive.example.com'];
