# Corpus counts of edit sites (tldr.perturb.count_weights over the 25,014 COCO val2017 captions), taken by the
# rules themselves:
# - `value: n`: sites of each spatial, attribute and object value (keyed by its first
#   form) and of each count written the way the engine writes counts (a/an, number words,
#   digits; 'a dog' counts for `one`);
# - `form-count FORM: n`: sites written with that synonym form (spatial, attribute);
# - `counterfactual CONSTRUCT: n`: sites of each negatable or negated construct;
# - `CONTEXT VALUE WORD: n` (CONTEXT: spatial, spatial-before, spatial-det, attribute,
#   attribute-before, object, counting, counting-after): sites of VALUE in that context
#   (next to WORD); rare pairs are left out;
# - `noun-count NOUN: n`: noun phrases of each noun, and its contexts `noun NOUN WORD`
#   (the word before) and `noun-after NOUN WORD`: what noun swaps (binding) weigh;
# - `unigram WORD: n`: occurrences of each word of the lexicons (not words.lex), and
#   `bigram WORD WORD: n`: of each two nouns side by side, read by the fluency check
#   (a negative writes no lexicon word the corpus lacks and no noun pair it never has);
# A replacement is proposed with probability proportional to 1 + count; the balance test
# (Perturber(balance=True), docs/perturbation.md) uses all of them. Phrases not listed count 0.
above: 453
across from: 17
adult: 84
airplane: 307
angry: 3
apple: 101
are part of: 1
around: 231
at night: 92
at the back of: 77
at the front of: 7
attached to: 73
attribute at night on: 2
attribute at night time: 9
attribute at night with: 8
attribute baked goods: 8
attribute beige cat: 2
attribute beige dog: 3
attribute beige horse: 2
attribute beige teddy: 3
attribute beige walls: 2
attribute black and: 7
attribute black appliances: 2
attribute black ball: 2
attribute black bear: 32
attribute black bears: 5
attribute black bird: 17
attribute black birds: 5
attribute black boat: 2
attribute black body: 3
attribute black boots: 3
attribute black bowl: 2
attribute black box: 2
attribute black briefcase: 2
attribute black brown: 2
attribute black bus: 3
attribute black car: 7
attribute black cat: 56
attribute black clock: 2
attribute black clothes: 2
attribute black couch: 5
attribute black counter: 4
attribute black counters: 2
attribute black cow: 4
attribute black cows: 8
attribute black dog: 27
attribute black dogs: 2
attribute black dress: 5
attribute black fire: 4
attribute black furniture: 2
attribute black goat: 3
attribute black handled: 2
attribute black hat: 6
attribute black honda: 2
attribute black horse: 6
attribute black horses: 5
attribute black jacket: 12
attribute black jersey: 2
attribute black leather: 4
attribute black metal: 2
attribute black microwave: 2
attribute black motorcycle: 8
attribute black nose: 2
attribute black pants: 3
attribute black plane: 2
attribute black plate: 5
attribute black pole: 5
attribute black pony: 2
attribute black post: 2
attribute black refrigerator: 4
attribute black riding: 2
attribute black scissors: 2
attribute black seat: 5
attribute black shirt: 20
attribute black shorts: 5
attribute black sign: 2
attribute black snow: 2
attribute black stove: 3
attribute black suit: 2
attribute black suitcase: 7
attribute black table: 2
attribute black tie: 3
attribute black tile: 2
attribute black toilet: 4
attribute black train: 15
attribute black umbrella: 7
attribute black umbrellas: 2
attribute black wetsuit: 5
attribute black white: 2
attribute blond girl: 4
attribute blond hair: 3
attribute blond woman: 3
attribute blue accents: 2
attribute blue and: 3
attribute blue baseball: 3
attribute blue bathroom: 4
attribute blue bicycle: 4
attribute blue bike: 2
attribute blue bird: 4
attribute blue black: 2
attribute blue blanket: 2
attribute blue bowl: 3
attribute blue building: 2
attribute blue bus: 13
attribute blue cake: 2
attribute blue cart: 3
attribute blue chair: 4
attribute blue clock: 4
attribute blue cloudy: 2
attribute blue coat: 3
attribute blue comforter: 2
attribute blue couch: 4
attribute blue court: 4
attribute blue door: 2
attribute blue dress: 5
attribute blue eyes: 3
attribute blue fire: 8
attribute blue floor: 2
attribute blue frisbee: 2
attribute blue hair: 5
attribute blue jacket: 7
attribute blue jackets: 2
attribute blue jeans: 4
attribute blue jet: 2
attribute blue kite: 3
attribute blue motorcycle: 9
attribute blue ocean: 3
attribute blue passenger: 2
attribute blue piece: 2
attribute blue plane: 4
attribute blue plastic: 4
attribute blue plate: 12
attribute blue pole: 2
attribute blue refrigerator: 2
attribute blue semi: 2
attribute blue shirt: 22
attribute blue shirts: 3
attribute blue shorts: 3
attribute blue sign: 8
attribute blue sky: 64
attribute blue striped: 2
attribute blue suitcase: 3
attribute blue surfboard: 3
attribute blue table: 6
attribute blue tables: 2
attribute blue tennis: 3
attribute blue tie: 4
attribute blue toilet: 9
attribute blue toothbrush: 4
attribute blue towel: 2
attribute blue train: 15
attribute blue truck: 6
attribute blue umbrella: 8
attribute blue uniform: 3
attribute blue vase: 2
attribute blue walls: 5
attribute blue water: 11
attribute blue yellow: 2
attribute brick building: 38
attribute brick buildings: 3
attribute brick clock: 5
attribute brick house: 2
attribute brick sidewalk: 2
attribute brick street: 2
attribute brick tower: 3
attribute brick walkway: 2
attribute brick wall: 17
attribute brick walls: 2
attribute bright blue: 3
attribute bright colors: 3
attribute bright green: 4
attribute bright kitchen: 2
attribute bright lights: 6
attribute bright orange: 2
attribute bright pink: 4
attribute bright red: 4
attribute bright room: 2
attribute bright sunny: 3
attribute bright yellow: 8
attribute broken cell: 4
attribute broken down: 2
attribute broken fire: 3
attribute broken toilets: 2
attribute broken wooden: 2
attribute brown bed: 2
attribute brown bird: 6
attribute brown building: 3
attribute brown cabinets: 4
attribute brown cake: 2
attribute brown car: 2
attribute brown cat: 11
attribute brown chair: 2
attribute brown colored: 3
attribute brown couch: 3
attribute brown cow: 11
attribute brown cows: 5
attribute brown dog: 30
attribute brown dogs: 2
attribute brown elephant: 5
attribute brown elephants: 2
attribute brown fuzzy: 2
attribute brown grass: 4
attribute brown hat: 2
attribute brown horse: 40
attribute brown horses: 6
attribute brown jacket: 2
attribute brown leather: 2
attribute brown pants: 2
attribute brown puppy: 2
attribute brown sauce: 3
attribute brown shirt: 4
attribute brown table: 5
attribute brown teddy: 15
attribute brown tile: 2
attribute brown train: 3
attribute brown vase: 2
attribute brown wall: 2
attribute brown white: 2
attribute brown wings: 2
attribute brown wooden: 3
attribute busy airport: 2
attribute busy area: 2
attribute busy beach: 2
attribute busy city: 25
attribute busy highway: 3
attribute busy intersection: 6
attribute busy kitchen: 3
attribute busy restaurant: 3
attribute busy road: 6
attribute busy sidewalk: 2
attribute busy street: 38
attribute busy traffic: 2
attribute busy urban: 3
attribute carries a: 7
attribute carries his: 3
attribute carrying a: 43
attribute carrying an: 3
attribute carrying some: 2
attribute carrying their: 6
attribute checkered bedspread: 2
attribute checkered blanket: 2
attribute checkered floor: 3
attribute checkered shirt: 5
attribute chocolate cake: 13
attribute chocolate chips: 3
attribute chocolate desert: 2
attribute chocolate dessert: 3
attribute chocolate frosted: 3
attribute chocolate pastry: 2
attribute clean and: 7
attribute clean bathroom: 9
attribute clean kitchen: 7
attribute clean sink: 2
attribute clear blue: 13
attribute clear glass: 6
attribute clear vase: 10
attribute closed suit: 2
attribute closed toilet: 2
attribute cloudy blue: 8
attribute cloudy day: 21
attribute cloudy skies: 4
attribute cloudy sky: 39
attribute colorful beak: 3
attribute colorful bird: 3
attribute colorful blanket: 2
attribute colorful books: 2
attribute colorful bus: 2
attribute colorful clock: 5
attribute colorful colored: 3
attribute colorful fire: 2
attribute colorful flowers: 4
attribute colorful graffiti: 3
attribute colorful kite: 15
attribute colorful kites: 6
attribute colorful lights: 3
attribute colorful living: 2
attribute colorful plane: 2
attribute colorful public: 2
attribute colorful tie: 3
attribute colorful tile: 2
attribute colorful train: 9
attribute colorful truck: 2
attribute colorful umbrella: 15
attribute colorful umbrellas: 4
attribute colorful wall: 2
attribute concrete barrier: 2
attribute concrete block: 2
attribute concrete platform: 2
attribute concrete ramp: 5
attribute concrete slab: 2
attribute concrete wall: 5
attribute cooking a: 2
attribute cooking some: 5
attribute cuts a: 4
attribute cutting a: 28
attribute cutting the: 2
attribute cutting their: 8
attribute dark clothing: 2
attribute dark colored: 7
attribute dark green: 2
attribute dark hair: 6
attribute dark haired: 2
attribute dark jacket: 2
attribute dark road: 2
attribute dark room: 15
attribute dark street: 3
attribute dark suit: 2
attribute dark wood: 2
attribute decorated building: 2
attribute decorated cake: 3
attribute decorated clock: 7
attribute decorated in: 6
attribute decorated living: 5
attribute decorated room: 3
attribute decorated toilet: 3
attribute deep dish: 4
attribute deserted beach: 2
attribute deserted city: 2
attribute deserted street: 2
attribute dirt area: 6
attribute dirt field: 24
attribute dirt ground: 10
attribute dirt path: 9
attribute dirt road: 31
attribute dirt track: 4
attribute dirt trail: 3
attribute dirty bathroom: 4
attribute dirty bed: 5
attribute dirty bedroom: 2
attribute dirty counter: 2
attribute dirty living: 4
attribute dirty looking: 2
attribute dirty public: 3
attribute dirty room: 3
attribute dirty toilet: 2
attribute dirty white: 2
attribute domed tower: 2
attribute dried grass: 2
attribute dry area: 2
attribute dry dock: 2
attribute dry field: 2
attribute dry grass: 19
attribute dry landscape: 2
attribute during the day in: 2
attribute eating a: 81
attribute eating an: 5
attribute eating some: 24
attribute eating the: 7
attribute eats a: 5
attribute eats some: 3
attribute elderly man: 26
attribute elderly people: 5
attribute elderly person: 4
attribute elderly woman: 12
attribute empty bathroom: 2
attribute empty beach: 3
attribute empty beer: 2
attribute empty bench: 4
attribute empty bowl: 6
attribute empty bus: 3
attribute empty chair: 2
attribute empty chairs: 2
attribute empty city: 3
attribute empty field: 2
attribute empty kitchen: 3
attribute empty park: 3
attribute empty parking: 4
attribute empty plate: 4
attribute empty plates: 2
attribute empty refrigerator: 2
attribute empty road: 2
attribute empty room: 3
attribute empty sky: 2
attribute empty street: 13
attribute empty table: 2
attribute empty toilet: 3
attribute empty train: 2
attribute empty wine: 2
attribute empty with: 2
attribute empty wooden: 2
attribute feeding a: 12
attribute feeding the: 3
attribute female skier: 3
attribute female standing: 2
attribute female surfer: 2
attribute female tennis: 16
attribute few animals: 3
attribute few birds: 2
attribute few cars: 4
attribute few giraffes: 2
attribute few goats: 2
attribute few horses: 3
attribute few kites: 2
attribute few men: 2
attribute few people: 12
attribute few street: 2
attribute few zebras: 3
attribute floral bedspread: 2
attribute floral dress: 2
attribute fresh fruit: 4
attribute fresh fruits: 2
attribute fresh pizza: 3
attribute fresh vegetables: 5
attribute fried egg: 4
attribute full moon: 3
attribute full of: 16
attribute full pizza: 2
attribute full size: 2
attribute full view: 5
attribute glass bowl: 9
attribute glass bowls: 4
attribute glass building: 3
attribute glass case: 4
attribute glass container: 2
attribute glass desk: 2
attribute glass door: 3
attribute glass full: 2
attribute glass jar: 2
attribute glass plate: 3
attribute glass shower: 4
attribute glass sinks: 2
attribute glass table: 9
attribute glass vase: 19
attribute glass window: 9
attribute gold clock: 3
attribute gold colored: 2
attribute gold frame: 2
attribute gold scissors: 3
attribute grassy area: 39
attribute grassy bank: 2
attribute grassy enclosure: 2
attribute grassy field: 168
attribute grassy hill: 10
attribute grassy hillside: 7
attribute grassy lawn: 4
attribute grassy marsh: 2
attribute grassy meadow: 2
attribute grassy open: 2
attribute grassy park: 6
attribute grassy pasture: 11
attribute grassy plain: 4
attribute grassy slope: 2
attribute grassy tree: 2
attribute grassy yard: 3
attribute gray and: 2
attribute gray bird: 2
attribute gray building: 2
attribute gray cat: 21
attribute gray clock: 2
attribute gray colored: 2
attribute gray couch: 2
attribute gray elephant: 6
attribute gray elephants: 3
attribute gray horse: 2
attribute gray house: 2
attribute gray kitten: 2
attribute gray plane: 2
attribute gray shirt: 6
attribute gray suitcase: 2
attribute gray train: 4
attribute gray tray: 2
attribute green and: 2
attribute green beans: 9
attribute green bench: 7
attribute green bin: 2
attribute green blanket: 2
attribute green boat: 3
attribute green broccoli: 2
attribute green brush: 2
attribute green bus: 11
attribute green bush: 3
attribute green bushes: 4
attribute green cart: 2
attribute green chair: 4
attribute green clock: 2
attribute green coat: 2
attribute green door: 3
attribute green eyes: 5
attribute green fire: 2
attribute green forest: 6
attribute green frisbee: 8
attribute green fruit: 2
attribute green grass: 51
attribute green grassy: 4
attribute green hair: 2
attribute green hat: 4
attribute green jacket: 2
attribute green leafy: 2
attribute green leaves: 6
attribute green light: 2
attribute green lights: 3
attribute green motorcycle: 7
attribute green mountain: 2
attribute green park: 2
attribute green passenger: 2
attribute green plant: 2
attribute green plants: 2
attribute green plate: 3
attribute green pole: 2
attribute green road: 2
attribute green room: 3
attribute green salad: 3
attribute green shirt: 16
attribute green sneakers: 2
attribute green stop: 4
attribute green street: 15
attribute green tennis: 5
attribute green tent: 3
attribute green tie: 4
attribute green traffic: 7
attribute green train: 10
attribute green trees: 6
attribute green truck: 4
attribute green uniforms: 2
attribute green valley: 2
attribute green vegetables: 3
attribute green vegetation: 3
attribute green walls: 2
attribute green white: 2
attribute green yellow: 2
attribute grilled cheese: 7
attribute grilled chicken: 2
attribute happy couple: 2
attribute happy dog: 3
attribute happy man: 2
attribute happy to: 5
attribute holding a: 691
attribute holding an: 86
attribute holding her: 13
attribute holding his: 20
attribute holding some: 6
attribute holding the: 14
attribute holding their: 11
attribute holds a: 68
attribute holds an: 11
attribute holds her: 2
attribute holds his: 5
attribute holds some: 2
attribute horse drawn buggy: 2
attribute horse drawn carriage: 14
attribute identical white: 3
attribute indoor court: 2
attribute indoor of: 6
attribute indoor out: 2
attribute indoor tennis: 2
attribute indoor the: 2
attribute indoor train: 3
attribute kicking a: 13
attribute kneeling in: 2
attribute kneeling to: 2
attribute large air: 4
attribute large aircraft: 2
attribute large airplane: 8
attribute large animals: 3
attribute large assortment: 3
attribute large audience: 2
attribute large bathroom: 4
attribute large bear: 9
attribute large bears: 2
attribute large bed: 10
attribute large beds: 2
attribute large ben: 5
attribute large bird: 14
attribute large birds: 2
attribute large black: 29
attribute large blue: 12
attribute large boat: 10
attribute large body: 14
attribute large book: 2
attribute large bowl: 15
attribute large box: 2
attribute large breaking: 3
attribute large brick: 9
attribute large bridge: 3
attribute large brown: 31
attribute large building: 43
attribute large buildings: 5
attribute large bull: 3
attribute large bunch: 5
attribute large bus: 17
attribute large cake: 2
attribute large cargo: 2
attribute large carrot: 2
attribute large carrots: 2
attribute large castle: 2
attribute large cat: 5
attribute large cheese: 2
attribute large christmas: 2
attribute large city: 10
attribute large clock: 63
attribute large colgate: 2
attribute large collection: 2
attribute large colorful: 7
attribute large commercial: 4
attribute large computer: 3
attribute large couch: 2
attribute large cow: 3
attribute large crowd: 17
attribute large cruise: 3
attribute large dining: 2
attribute large display: 2
attribute large dog: 13
attribute large dogs: 3
attribute large elephant: 18
attribute large elephants: 11
attribute large family: 2
attribute large field: 10
attribute large flat: 4
attribute large fridge: 5
attribute large furry: 2
attribute large giraffe: 3
attribute large giraffes: 3
attribute large glass: 7
attribute large gold: 2
attribute large grass: 2
attribute large grassy: 9
attribute large gray: 2
attribute large green: 7
attribute large grey: 3
attribute large grizzly: 2
attribute large group: 45
attribute large gun: 2
attribute large herd: 4
attribute large hill: 2
attribute large home: 3
attribute large horses: 3
attribute large hotel: 2
attribute large house: 3
attribute large jet: 6
attribute large jetliner: 7
attribute large jets: 2
attribute large kitchen: 4
attribute large kite: 10
attribute large knife: 5
attribute large living: 10
attribute large lizard: 2
attribute large long: 16
attribute large metal: 6
attribute large mirror: 16
attribute large modern: 3
attribute large motorcycle: 2
attribute large mountain: 5
attribute large mural: 4
attribute large office: 3
attribute large old: 3
attribute large open: 9
attribute large orange: 6
attribute large ornate: 4
attribute large oval: 2
attribute large painted: 2
attribute large pair: 3
attribute large parachute: 2
attribute large park: 2
attribute large parking: 3
attribute large passenger: 7
attribute large pastry: 2
attribute large pasture: 2
attribute large pepperoni: 3
attribute large piece: 3
attribute large pile: 4
attribute large pizza: 29
attribute large pizzas: 3
attribute large plane: 6
attribute large plate: 5
attribute large polar: 2
attribute large pot: 3
attribute large pretty: 3
attribute large propeller: 3
attribute large purple: 3
attribute large red: 12
attribute large rock: 9
attribute large rocks: 6
attribute large room: 7
attribute large round: 2
attribute large salad: 2
attribute large sandwich: 2
attribute large scissors: 2
attribute large set: 3
attribute large sheet: 2
attribute large ship: 3
attribute large sign: 4
attribute large signs: 3
attribute large sink: 4
attribute large slice: 4
attribute large smile: 2
attribute large snow: 2
attribute large square: 3
attribute large stack: 2
attribute large statue: 3
attribute large stop: 2
attribute large street: 2
attribute large stuffed: 8
attribute large suitcase: 3
attribute large table: 9
attribute large tall: 2
attribute large tasty: 2
attribute large teddy: 9
attribute large television: 5
attribute large thick: 2
attribute large tower: 4
attribute large train: 3
attribute large tray: 2
attribute large tree: 7
attribute large truck: 7
attribute large trucks: 4
attribute large tv: 4
attribute large umbrella: 9
attribute large vase: 2
attribute large wall: 2
attribute large wave: 22
attribute large wheels: 2
attribute large white: 44
attribute large wide: 2
attribute large window: 13
attribute large windows: 6
attribute large wooden: 12
attribute large work: 2
attribute large yellow: 6
attribute large zebra: 2
attribute leather couches: 4
attribute left hand: 6
attribute left side: 3
attribute lies in: 6
attribute lies next: 2
attribute lies on: 14
attribute lit bathroom: 2
attribute lit bridge: 3
attribute lit candle: 3
attribute lit candles: 4
attribute lit christmas: 2
attribute lit clock: 3
attribute lit street: 2
attribute lit up: 21
attribute long bench: 2
attribute long boat: 4
attribute long bus: 3
attribute long canoe: 2
attribute long dining: 2
attribute long dresses: 2
attribute long hair: 8
attribute long haired: 5
attribute long handle: 2
attribute long horns: 2
attribute long hot: 2
attribute long jump: 2
attribute long line: 2
attribute long orange: 4
attribute long passenger: 2
attribute long red: 3
attribute long road: 2
attribute long sleeve: 2
attribute long table: 22
attribute long tail: 2
attribute long tongue: 6
attribute long train: 23
attribute long trunk: 2
attribute long wave: 2
attribute long white: 3
attribute long wooden: 2
attribute lying a: 2
attribute lying across: 2
attribute lying around: 2
attribute lying asleep: 2
attribute lying beside: 2
attribute lying in: 76
attribute lying inside: 3
attribute lying near: 4
attribute lying next: 11
attribute lying on: 183
attribute lying together: 2
attribute lying under: 5
attribute lying with: 6
attribute male baseball: 3
attribute male professional: 2
attribute male skateboarder: 9
attribute male skier: 3
attribute male surfer: 6
attribute male tennis: 33
attribute many animals: 2
attribute many bananas: 2
attribute many bikes: 2
attribute many birds: 5
attribute many boats: 6
attribute many boxes: 3
attribute many cars: 9
attribute many children: 4
attribute many colorful: 3
attribute many colors: 5
attribute many containers: 3
attribute many cows: 5
attribute many different: 16
attribute many elephants: 2
attribute many giraffes: 2
attribute many green: 2
attribute many houses: 2
attribute many kites: 4
attribute many laptops: 2
attribute many large: 2
attribute many motor: 2
attribute many motorcycles: 5
attribute many old: 2
attribute many other: 2
attribute many others: 2
attribute many papers: 2
attribute many parking: 3
attribute many people: 45
attribute many plates: 4
attribute many posters: 2
attribute many skiers: 2
attribute many small: 4
attribute many surfboards: 2
attribute many things: 2
attribute many toppings: 2
attribute many trains: 2
attribute many trees: 5
attribute many trucks: 2
attribute many types: 2
attribute many vases: 2
attribute many windows: 2
attribute metal appliances: 5
attribute metal bench: 3
attribute metal benches: 2
attribute metal blender: 2
attribute metal bowl: 4
attribute metal clock: 4
attribute metal fence: 14
attribute metal foil: 2
attribute metal fridge: 2
attribute metal hand: 2
attribute metal kitchen: 2
attribute metal object: 2
attribute metal pan: 4
attribute metal park: 4
attribute metal pole: 11
attribute metal rack: 2
attribute metal rail: 3
attribute metal railing: 2
attribute metal refrigerator: 13
attribute metal sculpture: 3
attribute metal statue: 2
attribute metal stove: 4
attribute metal structure: 2
attribute metal style: 2
attribute metal table: 2
attribute metal toilet: 2
attribute metal track: 12
attribute metal tray: 2
attribute narrow city: 2
attribute narrow street: 8
attribute new bathroom: 9
attribute new bedroom: 4
attribute new day: 2
attribute new furniture: 2
attribute new hotel: 2
attribute new kitchen: 7
attribute new living: 3
attribute new looking: 2
attribute new motorcycle: 2
attribute old airplane: 3
attribute old appliances: 3
attribute old army: 2
attribute old baseball: 3
attribute old black: 4
attribute old blender: 2
attribute old boats: 2
attribute old brick: 4
attribute old building: 9
attribute old buildings: 4
attribute old bus: 5
attribute old cars: 3
attribute old cell: 2
attribute old cellphone: 3
attribute old church: 3
attribute old clock: 9
attribute old computer: 2
attribute old fashion: 5
attribute old fashioned: 15
attribute old fire: 5
attribute old gothic: 2
attribute old green: 3
attribute old house: 2
attribute old kitchen: 2
attribute old looking: 2
attribute old model: 2
attribute old motorcycle: 3
attribute old oven: 2
attribute old passenger: 2
attribute old photo: 17
attribute old picture: 6
attribute old plane: 2
attribute old planes: 3
attribute old red: 8
attribute old refrigerator: 5
attribute old refrigerators: 3
attribute old rusted: 4
attribute old rusty: 3
attribute old school: 4
attribute old store: 2
attribute old street: 2
attribute old style: 5
attribute old suitcases: 3
attribute old television: 3
attribute old time: 5
attribute old tire: 2
attribute old toilet: 6
attribute old train: 6
attribute old truck: 7
attribute old tv: 3
attribute old wooden: 6
attribute old yellow: 4
attribute open air: 7
attribute open and: 4
attribute open area: 11
attribute open bathroom: 2
attribute open book: 3
attribute open box: 3
attribute open cabinets: 2
attribute open cars: 2
attribute open city: 2
attribute open door: 15
attribute open doors: 2
attribute open field: 34
attribute open floor: 2
attribute open fridge: 2
attribute open grassy: 3
attribute open kitchen: 2
attribute open laptop: 18
attribute open luggage: 2
attribute open market: 2
attribute open ocean: 3
attribute open oven: 3
attribute open park: 2
attribute open pasture: 2
attribute open pizza: 2
attribute open refrigerator: 14
attribute open room: 3
attribute open space: 2
attribute open suitcase: 6
attribute open to: 2
attribute open toilet: 4
attribute open umbrella: 8
attribute open umbrellas: 5
attribute open view: 2
attribute open water: 4
attribute open window: 3
attribute open windows: 2
attribute open with: 2
attribute orange boat: 3
attribute orange bowl: 2
attribute orange cat: 21
attribute orange chair: 5
attribute orange cone: 2
attribute orange cones: 5
attribute orange couch: 4
attribute orange dress: 2
attribute orange fire: 7
attribute orange frisbee: 2
attribute orange fruit: 2
attribute orange hair: 2
attribute orange handles: 2
attribute orange jersey: 2
attribute orange juice: 8
attribute orange pants: 2
attribute orange peel: 2
attribute orange peels: 2
attribute orange shirt: 4
attribute orange shirts: 2
attribute orange shower: 3
attribute orange sign: 2
attribute orange sitting: 3
attribute orange slice: 7
attribute orange slices: 5
attribute orange sweater: 2
attribute orange t-shirt: 2
attribute orange tabby: 2
attribute orange tie: 2
attribute orange train: 13
attribute orange umbrella: 5
attribute orange uniforms: 2
attribute orange walls: 5
attribute orange wedge: 2
attribute outdoor area: 5
attribute outdoor chair: 2
attribute outdoor court: 2
attribute outdoor eating: 3
attribute outdoor event: 4
attribute outdoor food: 2
attribute outdoor holding: 3
attribute outdoor in: 2
attribute outdoor market: 12
attribute outdoor oven: 2
attribute outdoor party: 2
attribute outdoor place: 2
attribute outdoor playing: 2
attribute outdoor restaurant: 5
attribute outdoor sitting: 2
attribute outdoor table: 5
attribute outdoor town: 2
attribute outdoor view: 2
attribute overhead view of a: 5
attribute overhead view of an: 2
attribute painted elephant: 2
attribute painted fire: 3
attribute painted green: 3
attribute painted on: 2
attribute painted red: 4
attribute painted walls: 2
attribute painted white: 3
attribute painted yellow: 4
attribute paper bag: 4
attribute paper box: 8
attribute paper boxes: 2
attribute paper container: 3
attribute paper dispenser: 2
attribute paper holder: 2
attribute paper kites: 3
attribute paper plate: 15
attribute paper plates: 2
attribute paper towel: 4
attribute paved road: 5
attribute paved sidewalk: 2
attribute pets a: 3
attribute petting a: 10
attribute petting the: 3
attribute pink and: 2
attribute pink bed: 2
attribute pink bike: 3
attribute pink blanket: 3
attribute pink bus: 4
attribute pink flowers: 6
attribute pink frosting: 2
attribute pink icing: 2
attribute pink princess: 2
attribute pink shirt: 7
attribute pink shoe: 3
attribute pink skirt: 2
attribute pink tie: 2
attribute pink tile: 3
attribute pink toilet: 2
attribute pink top: 2
attribute pink umbrella: 11
attribute pink with: 2
attribute plastic bag: 2
attribute plastic baseball: 3
attribute plastic bat: 2
attribute plastic bottle: 3
attribute plastic bottles: 2
attribute plastic bowl: 2
attribute plastic container: 2
attribute plastic containers: 7
attribute plastic hot: 2
attribute plastic plate: 2
attribute pulling a: 33
attribute pulling some: 2
attribute pulls a: 6
attribute purple benches: 2
attribute purple bus: 4
attribute purple chair: 2
attribute purple flower: 2
attribute purple flowers: 9
attribute purple frisbee: 3
attribute purple hat: 2
attribute purple sheets: 2
attribute purple shirt: 2
attribute purple socks: 2
attribute purple train: 2
attribute purple walls: 2
attribute pushing a: 5
attribute rainy day: 10
attribute raw carrots: 2
attribute red airplane: 2
attribute red apple: 5
attribute red apples: 2
attribute red apron: 2
attribute red arrow: 3
attribute red bench: 5
attribute red bike: 2
attribute red bird: 5
attribute red boat: 7
attribute red book: 2
attribute red bottle: 4
attribute red bow: 4
attribute red brick: 6
attribute red bricked: 4
attribute red building: 3
attribute red bus: 19
attribute red car: 14
attribute red carpet: 2
attribute red chair: 9
attribute red chairs: 3
attribute red checked: 2
attribute red circle: 2
attribute red clock: 2
attribute red coat: 3
attribute red collar: 3
attribute red colored: 2
attribute red couch: 3
attribute red dress: 3
attribute red fire: 40
attribute red flowers: 12
attribute red frisbee: 5
attribute red hair: 2
attribute red haired: 3
attribute red handkerchief: 2
attribute red hat: 7
attribute red jacket: 11
attribute red laptop: 3
attribute red light: 18
attribute red lights: 2
attribute red microwave: 2
attribute red motorcycle: 15
attribute red object: 2
attribute red peppers: 2
attribute red plane: 6
attribute red plate: 7
attribute red ribbon: 6
attribute red scissors: 2
attribute red shirt: 20
attribute red shirts: 2
attribute red sign: 6
attribute red stop: 30
attribute red surfboard: 2
attribute red table: 5
attribute red tennis: 3
attribute red tie: 8
attribute red tile: 2
attribute red toilet: 3
attribute red toothbrush: 2
attribute red top: 3
attribute red tour: 2
attribute red traffic: 5
attribute red train: 19
attribute red tray: 2
attribute red trolley: 2
attribute red truck: 10
attribute red umbrella: 9
attribute red uniforms: 2
attribute red wall: 6
attribute red walls: 5
attribute red white: 7
attribute red wine: 3
attribute red wooden: 2
attribute rides a: 27
attribute rides her: 2
attribute rides his: 8
attribute rides the: 3
attribute riding a: 351
attribute riding an: 5
attribute riding her: 2
attribute riding his: 15
attribute riding some: 4
attribute riding the: 32
attribute riding their: 12
attribute right hand: 5
attribute right side: 2
attribute ripe bananas: 4
attribute ripe yellow: 3
attribute rocky area: 5
attribute rocky field: 4
attribute rocky hillside: 3
attribute rocky shore: 2
attribute round plate: 4
attribute round plates: 2
attribute round sink: 3
attribute round window: 2
attribute run down bathroom: 4
attribute run down building: 5
attribute running across: 8
attribute running after: 4
attribute running along: 4
attribute running and: 2
attribute running around: 9
attribute running at: 2
attribute running away: 2
attribute running down: 3
attribute running in: 9
attribute running on: 11
attribute running past: 2
attribute running the: 3
attribute running through: 7
attribute running to: 15
attribute running towards: 3
attribute running while: 3
attribute running with: 5
attribute runs around: 4
attribute runs toward: 2
attribute rural area: 8
attribute rural road: 10
attribute rural side: 3
attribute rural skier: 8
attribute rural skiers: 3
attribute rural skis: 3
attribute rural street: 2
attribute sad face: 2
attribute sandy area: 4
attribute sandy beach: 40
attribute sandy ground: 2
attribute shallow river: 2
attribute shallow water: 6
attribute short grass: 3
attribute short skirt: 2
attribute side view of a: 3
attribute silver car: 5
attribute silver cars: 2
attribute silver fire: 4
attribute silver fridge: 2
attribute silver motorcycle: 2
attribute silver oven: 3
attribute silver pan: 3
attribute silver plate: 2
attribute silver train: 5
attribute silver truck: 2
attribute sits at: 12
attribute sits atop: 5
attribute sits beside: 2
attribute sits by: 7
attribute sits in: 37
attribute sits inside: 5
attribute sits near: 4
attribute sits next: 4
attribute sits on: 96
attribute sits outside: 4
attribute sits under: 2
attribute sits with: 5
attribute sitting a: 2
attribute sitting alone: 6
attribute sitting and: 15
attribute sitting around: 37
attribute sitting at: 153
attribute sitting behind: 6
attribute sitting beside: 5
attribute sitting between: 6
attribute sitting by: 17
attribute sitting cross: 5
attribute sitting in: 211
attribute sitting inside: 17
attribute sitting near: 12
attribute sitting next: 54
attribute sitting on: 606
attribute sitting out: 3
attribute sitting outside: 23
attribute sitting perched: 2
attribute sitting side: 2
attribute sitting together: 12
attribute sitting under: 10
attribute sitting while: 2
attribute sitting with: 15
attribute sliced apples: 3
attribute sliced broccoli: 3
attribute sliced carrots: 2
attribute sliced cheese: 2
attribute sliced chicken: 3
attribute sliced fruit: 4
attribute sliced in: 3
attribute sliced into: 3
attribute sliced meat: 3
attribute sliced off: 2
attribute sliced orange: 2
attribute sliced oranges: 2
attribute sliced out: 2
attribute sliced pizza: 5
attribute sliced sausage: 2
attribute sliced strawberries: 2
attribute sliced up: 5
attribute sliced vegetables: 6
attribute small air: 2
attribute small airplane: 8
attribute small animal: 3
attribute small area: 2
attribute small baby: 8
attribute small bananas: 3
attribute small baseball: 2
attribute small bathroom: 47
attribute small bears: 2
attribute small bed: 4
attribute small bench: 2
attribute small bird: 21
attribute small birds: 3
attribute small black: 18
attribute small blond: 2
attribute small boat: 20
attribute small boats: 2
attribute small bowl: 8
attribute small boy: 90
attribute small boys: 6
attribute small branch: 2
attribute small bridge: 3
attribute small brown: 9
attribute small building: 2
attribute small bus: 3
attribute small cabinet: 2
attribute small cake: 4
attribute small cakes: 2
attribute small car: 2
attribute small cart: 3
attribute small cat: 13
attribute small cell: 2
attribute small chair: 4
attribute small child: 54
attribute small children: 12
attribute small city: 2
attribute small clock: 4
attribute small cow: 3
attribute small crowd: 2
attribute small cute: 2
attribute small desk: 4
attribute small dog: 29
attribute small dogs: 2
attribute small electronic: 2
attribute small elephant: 7
attribute small elephants: 5
attribute small fridge: 5
attribute small giraffe: 5
attribute small girl: 99
attribute small girls: 13
attribute small glass: 2
attribute small gray: 2
attribute small green: 7
attribute small group: 9
attribute small herd: 5
attribute small horse: 6
attribute small hotel: 2
attribute small kid: 14
attribute small kids: 3
attribute small kitchen: 18
attribute small kite: 2
attribute small kitten: 8
attribute small league: 10
attribute small ledge: 2
attribute small living: 3
attribute small mirror: 3
attribute small motor: 2
attribute small orange: 2
attribute small personal: 2
attribute small piece: 2
attribute small pieces: 4
attribute small pizza: 12
attribute small plane: 12
attribute small plate: 7
attribute small pond: 2
attribute small propeller: 2
attribute small puppy: 2
attribute small ramp: 3
attribute small red: 16
attribute small refrigerator: 2
attribute small road: 4
attribute small room: 19
attribute small sailboats: 2
attribute small sheep: 4
attribute small shops: 2
attribute small silver: 2
attribute small sink: 5
attribute small square: 2
attribute small stall: 2
attribute small stool: 2
attribute small stove: 2
attribute small stuffed: 2
attribute small table: 16
attribute small teddy: 8
attribute small television: 4
attribute small toilet: 2
attribute small tower: 2
attribute small town: 8
attribute small toy: 2
attribute small train: 11
attribute small truck: 4
attribute small tv: 2
attribute small umbrella: 2
attribute small vase: 4
attribute small water: 2
attribute small wave: 21
attribute small waves: 2
attribute small white: 27
attribute small wooden: 7
attribute small yellow: 6
attribute smaller cow: 2
attribute smiling and: 16
attribute smiling as: 3
attribute smiling at: 7
attribute smiling for: 5
attribute smiling girl: 2
attribute smiling guy: 2
attribute smiling holding: 3
attribute smiling in: 2
attribute smiling lady: 2
attribute smiling man: 13
attribute smiling next: 3
attribute smiling on: 3
attribute smiling skier: 2
attribute smiling together: 3
attribute smiling while: 9
attribute smiling with: 2
attribute smiling woman: 5
attribute smiling young: 5
attribute snowy day: 6
attribute snowy field: 8
attribute snowy forest: 6
attribute snowy ground: 9
attribute snowy hill: 47
attribute snowy mountain: 30
attribute snowy path: 4
attribute snowy ramp: 2
attribute snowy road: 6
attribute snowy sidewalk: 2
attribute snowy ski: 5
attribute snowy slope: 58
attribute snowy slopes: 3
attribute snowy street: 3
attribute snowy surface: 12
attribute snowy trail: 2
attribute snowy trees: 4
attribute solid white: 3
attribute square plate: 5
attribute square sinks: 2
attribute standing against: 2
attribute standing alone: 2
attribute standing along: 2
attribute standing among: 2
attribute standing and: 21
attribute standing around: 60
attribute standing at: 34
attribute standing atop: 2
attribute standing behind: 36
attribute standing below: 3
attribute standing beside: 20
attribute standing between: 5
attribute standing by: 42
attribute standing close: 9
attribute standing holding: 4
attribute standing in: 436
attribute standing inside: 10
attribute standing looking: 4
attribute standing near: 68
attribute standing nearby: 2
attribute standing next: 272
attribute standing on: 407
attribute standing one: 2
attribute standing out: 4
attribute standing outdoors: 2
attribute standing outside: 35
attribute standing over: 10
attribute standing side: 9
attribute standing together: 28
attribute standing under: 19
attribute standing underneath: 3
attribute standing very: 2
attribute standing while: 4
attribute standing with: 35
attribute stands alone: 2
attribute stands at: 10
attribute stands behind: 2
attribute stands beside: 5
attribute stands between: 3
attribute stands by: 4
attribute stands in: 43
attribute stands near: 10
attribute stands next: 13
attribute stands on: 40
attribute stands outside: 2
attribute stands over: 2
attribute stands under: 4
attribute stands with: 7
attribute stone building: 10
attribute stone counter: 7
attribute stone countertop: 2
attribute stone display: 2
attribute stone face: 2
attribute stone fence: 2
attribute stone formation: 3
attribute stone steps: 3
attribute stone table: 3
attribute stone tower: 2
attribute stone wall: 20
attribute straw hat: 2
attribute striped blue: 2
attribute striped cat: 6
attribute striped door: 3
attribute striped shirt: 5
attribute striped tie: 2
attribute stuffed bear: 21
attribute stuffed bears: 11
attribute stuffed giraffe: 3
attribute stuffed teddy: 22
attribute stuffed toy: 5
attribute sunny day: 51
attribute sunny sky: 7
attribute sunny window: 4
attribute tall black: 2
attribute tall brick: 4
attribute tall brown: 3
attribute tall brush: 2
attribute tall building: 50
attribute tall buildings: 17
attribute tall church: 4
attribute tall clock: 17
attribute tall giraffe: 12
attribute tall giraffes: 3
attribute tall glass: 4
attribute tall grass: 34
attribute tall grasses: 2
attribute tall green: 3
attribute tall plants: 2
attribute tall sandwich: 2
attribute tall stack: 3
attribute tall stone: 2
attribute tall tower: 8
attribute tall tree: 4
attribute tall trees: 6
attribute tall white: 2
attribute teal bathroom: 2
attribute thick crusted: 2
attribute throwing a: 41
attribute throwing the: 3
attribute throws a: 11
attribute throws the: 4
attribute unripe apples: 6
attribute unripe bananas: 14
attribute unripe peppers: 2
attribute urban area: 11
attribute urban intersection: 12
attribute urban park: 2
attribute urban road: 11
attribute urban scene: 2
attribute urban setting: 2
attribute urban sidewalk: 11
attribute urban sidewalks: 2
attribute urban skyline: 4
attribute urban square: 2
attribute urban street: 182
attribute urban streets: 5
attribute urban traffic: 2
attribute various angles: 2
attribute various bags: 2
attribute various baked: 2
attribute various bikes: 2
attribute various boats: 2
attribute various clocks: 4
attribute various color: 7
attribute various colored: 15
attribute various colors: 16
attribute various computers: 2
attribute various directions: 6
attribute various donuts: 5
attribute various drink: 3
attribute various faces: 2
attribute various fire: 2
attribute various flowers: 2
attribute various food: 7
attribute various foods: 10
attribute various fruits: 11
attribute various ingredients: 3
attribute various items: 13
attribute various kinds: 11
attribute various kites: 4
attribute various locations: 2
attribute various objects: 2
attribute various pastries: 2
attribute various people: 3
attribute various photos: 2
attribute various pictures: 7
attribute various pieces: 2
attribute various pizzas: 2
attribute various plates: 3
attribute various pots: 2
attribute various shapes: 3
attribute various signs: 4
attribute various size: 2
attribute various street: 3
attribute various things: 4
attribute various together: 2
attribute various toppings: 8
attribute various types: 34
attribute various vases: 3
attribute various vegetables: 10
attribute various veggies: 3
attribute various vehicles: 3
attribute various ways: 2
attribute walking a: 9
attribute walking about: 3
attribute walking across: 44
attribute walking alone: 3
attribute walking along: 28
attribute walking alongside: 2
attribute walking and: 9
attribute walking around: 35
attribute walking away: 6
attribute walking behind: 7
attribute walking beside: 3
attribute walking between: 3
attribute walking by: 10
attribute walking down: 83
attribute walking her: 3
attribute walking his: 4
attribute walking in: 75
attribute walking into: 5
attribute walking near: 11
attribute walking next: 10
attribute walking on: 89
attribute walking out: 5
attribute walking outside: 2
attribute walking past: 16
attribute walking slowly: 2
attribute walking the: 6
attribute walking through: 38
attribute walking together: 6
attribute walking toward: 6
attribute walking towards: 5
attribute walking two: 3
attribute walking under: 3
attribute walking up: 8
attribute walking while: 4
attribute walking with: 23
attribute walks across: 2
attribute walks alone: 2
attribute walks along: 7
attribute walks around: 3
attribute walks behind: 3
attribute walks between: 2
attribute walks down: 9
attribute walks next: 3
attribute walks on: 7
attribute walks through: 2
attribute walks toward: 3
attribute walks with: 2
attribute wet beach: 2
attribute wet city: 2
attribute wet day: 3
attribute wet dog: 3
attribute wet road: 5
attribute wet suit: 16
attribute wet suite: 2
attribute wet suits: 2
attribute white airplane: 8
attribute white and: 5
attribute white animal: 2
attribute white appliances: 11
attribute white background: 4
attribute white ball: 3
attribute white baseball: 3
attribute white bath: 4
attribute white bathroom: 29
attribute white bathtub: 2
attribute white bear: 6
attribute white bed: 13
attribute white bench: 3
attribute white bicycle: 2
attribute white bird: 15
attribute white birds: 4
attribute white blanket: 2
attribute white board: 3
attribute white boat: 10
attribute white body: 2
attribute white bowl: 14
attribute white bowls: 3
attribute white building: 18
attribute white buildings: 2
attribute white bus: 43
attribute white cabinets: 8
attribute white cake: 13
attribute white car: 8
attribute white carpet: 2
attribute white carriage: 2
attribute white cat: 58
attribute white chair: 3
attribute white chairs: 2
attribute white clock: 11
attribute white colored: 2
attribute white couch: 3
attribute white counter: 7
attribute white cow: 14
attribute white cows: 9
attribute white cupboards: 2
attribute white curtain: 2
attribute white decorated: 2
attribute white decorative: 2
attribute white desk: 8
attribute white dish: 3
attribute white dishes: 3
attribute white dog: 51
attribute white dress: 6
attribute white duck: 2
attribute white fence: 2
attribute white fire: 6
attribute white flowers: 13
attribute white fridge: 3
attribute white frisbee: 13
attribute white frosted: 3
attribute white frosting: 2
attribute white furniture: 3
attribute white goat: 2
attribute white goats: 3
attribute white horse: 30
attribute white horses: 2
attribute white image: 10
attribute white is: 4
attribute white jacket: 4
attribute white keyboard: 3
attribute white kitchen: 14
attribute white kite: 2
attribute white kitten: 2
attribute white lab: 2
attribute white laptop: 4
attribute white living: 3
attribute white microwave: 2
attribute white motorcycle: 5
attribute white mouse: 3
attribute white outfit: 4
attribute white paper: 3
attribute white passenger: 3
attribute white patches: 2
attribute white photo: 63
attribute white photograph: 22
attribute white picture: 16
attribute white piece: 2
attribute white pillow: 3
attribute white plane: 6
attribute white plate: 120
attribute white plates: 2
attribute white platter: 2
attribute white playing: 3
attribute white polar: 5
attribute white poles: 2
attribute white portrait: 2
attribute white refrigerator: 10
attribute white rice: 5
attribute white room: 6
attribute white sauce: 2
attribute white sheep: 15
attribute white sheets: 3
attribute white shirt: 35
attribute white shorts: 4
attribute white sign: 4
attribute white sink: 15
attribute white sky: 2
attribute white small: 3
attribute white smoke: 2
attribute white snow: 2
attribute white sofa: 2
attribute white spotted: 2
attribute white sprinkles: 2
attribute white square: 2
attribute white stove: 8
attribute white street: 7
attribute white stripe: 2
attribute white striped: 2
attribute white stuffed: 3
attribute white suit: 3
attribute white surface: 5
attribute white surfboard: 6
attribute white swan: 2
attribute white swans: 2
attribute white t-shirt: 2
attribute white table: 9
attribute white teddy: 10
attribute white tent: 2
attribute white tile: 3
attribute white tiled: 3
attribute white tiles: 5
attribute white toilet: 59
attribute white toilets: 2
attribute white top: 4
attribute white tow: 2
attribute white towels: 2
attribute white traffic: 2
attribute white train: 20
attribute white trains: 2
attribute white tray: 3
attribute white truck: 12
attribute white tub: 3
attribute white umbrella: 6
attribute white uniform: 4
attribute white vase: 9
attribute white wall: 9
attribute white walls: 6
attribute white wine: 3
attribute white with: 2
attribute white zebras: 2
attribute whole pizza: 4
attribute wicker chair: 4
attribute wide open: 5
attribute wide view: 2
attribute wooded area: 26
attribute wooden bed: 2
attribute wooden bench: 62
attribute wooden block: 2
attribute wooden board: 3
attribute wooden boat: 6
attribute wooden boats: 3
attribute wooden box: 5
attribute wooden cabinet: 3
attribute wooden cabinets: 22
attribute wooden chair: 10
attribute wooden chairs: 3
attribute wooden clock: 3
attribute wooden combs: 2
attribute wooden computer: 2
attribute wooden counter: 6
attribute wooden cutting: 6
attribute wooden deck: 4
attribute wooden desk: 18
attribute wooden dining: 3
attribute wooden fence: 14
attribute wooden floor: 18
attribute wooden flooring: 7
attribute wooden floors: 11
attribute wooden frame: 2
attribute wooden furniture: 3
attribute wooden house: 2
attribute wooden obstacle: 2
attribute wooden outdoor: 2
attribute wooden paneled: 2
attribute wooden park: 4
attribute wooden pen: 3
attribute wooden picnic: 2
attribute wooden pier: 2
attribute wooden pile: 2
attribute wooden plank: 2
attribute wooden pole: 8
attribute wooden post: 4
attribute wooden rail: 2
attribute wooden ramp: 2
attribute wooden room: 2
attribute wooden seat: 2
attribute wooden shelf: 5
attribute wooden spoon: 4
attribute wooden structure: 2
attribute wooden surface: 5
attribute wooden table: 97
attribute wooden teacher's: 2
attribute wooden vase: 3
attribute wooden wagon: 3
attribute wooden wall: 2
attribute yellow and: 3
attribute yellow bananas: 8
attribute yellow bird: 4
attribute yellow boat: 3
attribute yellow building: 3
attribute yellow bus: 17
attribute yellow cat: 4
attribute yellow commuter: 3
attribute yellow dog: 2
attribute yellow dump: 2
attribute yellow engine: 2
attribute yellow fire: 18
attribute yellow fish: 2
attribute yellow flowers: 5
attribute yellow food: 2
attribute yellow frisbee: 5
attribute yellow front: 3
attribute yellow helmet: 2
attribute yellow jacket: 2
attribute yellow jackets: 3
attribute yellow kite: 3
attribute yellow motorcycle: 5
attribute yellow parking: 2
attribute yellow passenger: 2
attribute yellow plate: 2
attribute yellow police: 3
attribute yellow rose: 2
attribute yellow school: 4
attribute yellow shirt: 6
attribute yellow shirts: 2
attribute yellow sign: 3
attribute yellow smiley: 2
attribute yellow surfboard: 6
attribute yellow taxi: 2
attribute yellow tennis: 2
attribute yellow top: 2
attribute yellow traffic: 2
attribute yellow train: 27
attribute yellow truck: 8
attribute yellow tulips: 4
attribute yellow umbrellas: 3
attribute yellow walls: 4
attribute yellow white: 2
attribute young adults: 4
attribute young baseball: 3
attribute young black: 2
attribute young boy: 112
attribute young boys: 17
attribute young calf: 2
attribute young cat: 2
attribute young child: 38
attribute young children: 21
attribute young cow: 2
attribute young elephant: 2
attribute young elephants: 3
attribute young female: 2
attribute young girl: 75
attribute young girls: 12
attribute young guy: 2
attribute young kid: 5
attribute young kids: 3
attribute young ladies: 2
attribute young lady: 12
attribute young male: 7
attribute young males: 2
attribute young man: 160
attribute young men: 31
attribute young mother: 2
attribute young people: 21
attribute young person: 12
attribute young player: 2
attribute young skateboarder: 9
attribute young surf: 2
attribute young surfer: 3
attribute young toddler: 2
attribute young woman: 57
attribute young women: 13
attribute young zebra: 2
attribute-before angry an: 2
attribute-before at night area: 2
attribute-before at night building: 3
attribute-before at night car: 2
attribute-before at night cars: 3
attribute-before at night city: 6
attribute-before at night highway: 2
attribute-before at night light: 3
attribute-before at night lights: 2
attribute-before at night lot: 2
attribute-before at night road: 3
attribute-before at night sign: 2
attribute-before at night station: 4
attribute-before at night street: 22
attribute-before at night up: 3
attribute-before at night water: 4
attribute-before baked a: 2
attribute-before baked assorted: 2
attribute-before baked of: 4
attribute-before beige a: 17
attribute-before beige and: 5
attribute-before beige with: 3
attribute-before black a: 261
attribute-before black and: 85
attribute-before black baby: 2
attribute-before black big: 4
attribute-before black cute: 2
attribute-before black four: 2
attribute-before black in: 42
attribute-before black large: 21
attribute-before black of: 13
attribute-before black on: 4
attribute-before black several: 2
attribute-before black small: 11
attribute-before black some: 2
attribute-before black the: 6
attribute-before black two: 13
attribute-before black wearing: 2
attribute-before black with: 9
attribute-before black young: 2
attribute-before blond a: 4
attribute-before blond little: 3
attribute-before blond with: 3
attribute-before blue a: 237
attribute-before blue and: 50
attribute-before blue bright: 3
attribute-before blue clear: 13
attribute-before blue cloudy: 8
attribute-before blue crystal: 2
attribute-before blue has: 3
attribute-before blue in: 20
attribute-before blue is: 3
attribute-before blue large: 8
attribute-before blue light: 6
attribute-before blue of: 5
attribute-before blue some: 3
attribute-before blue the: 24
attribute-before blue tight: 2
attribute-before blue under: 2
attribute-before blue wearing: 4
attribute-before blue with: 20
attribute-before brick a: 49
attribute-before brick and: 3
attribute-before brick large: 8
attribute-before brick old: 4
attribute-before brick red: 6
attribute-before brick tall: 4
attribute-before brick the: 2
attribute-before brick with: 4
attribute-before bright a: 28
attribute-before bright and: 2
attribute-before bright in: 3
attribute-before bright of: 2
attribute-before bright the: 2
attribute-before bright with: 5
attribute-before broken a: 17
attribute-before broken with: 2
attribute-before brown a: 135
attribute-before brown and: 30
attribute-before brown big: 3
attribute-before brown in: 5
attribute-before brown large: 17
attribute-before brown of: 5
attribute-before brown small: 7
attribute-before brown tall: 3
attribute-before brown the: 9
attribute-before brown two: 11
attribute-before brown with: 15
attribute-before busy a: 100
attribute-before busy are: 3
attribute-before busy is: 4
attribute-before busy on: 3
attribute-before busy the: 5
attribute-before busy very: 4
attribute-before carries man: 2
attribute-before carries surfer: 2
attribute-before carrying and: 3
attribute-before carrying are: 3
attribute-before carrying beach: 2
attribute-before carrying is: 4
attribute-before carrying man: 5
attribute-before carrying people: 3
attribute-before carrying person: 5
attribute-before carrying street: 2
attribute-before carrying truck: 2
attribute-before carrying woman: 7
attribute-before ceramic a: 4
attribute-before checkered a: 12
attribute-before checkered in: 2
attribute-before checkered red: 2
attribute-before checkered with: 2
attribute-before chocolate a: 15
attribute-before chocolate are: 2
attribute-before chocolate of: 8
attribute-before chocolate with: 3
attribute-before clean a: 20
attribute-before clean and: 2
attribute-before clean is: 9
attribute-before clean very: 2
attribute-before clear a: 27
attribute-before clear in: 2
attribute-before clear of: 2
attribute-before clear the: 4
attribute-before closed a: 7
attribute-before closed is: 3
attribute-before cloudy a: 47
attribute-before cloudy an: 2
attribute-before cloudy blue: 2
attribute-before cloudy in: 3
attribute-before cloudy on: 2
attribute-before cloudy partly: 2
attribute-before cloudy the: 8
attribute-before cloudy under: 3
attribute-before cold a: 4
attribute-before colorful a: 79
attribute-before colorful and: 8
attribute-before colorful flying: 3
attribute-before colorful has: 2
attribute-before colorful in: 4
attribute-before colorful large: 6
attribute-before colorful many: 2
attribute-before colorful of: 6
attribute-before colorful some: 3
attribute-before colorful two: 2
attribute-before colorful with: 7
attribute-before concrete a: 28
attribute-before concrete on: 6
attribute-before concrete the: 2
attribute-before cooking is: 3
attribute-before cooking person: 2
attribute-before cutting and: 2
attribute-before cutting are: 3
attribute-before cutting boy: 2
attribute-before cutting couple: 5
attribute-before cutting groom: 3
attribute-before cutting is: 4
attribute-before cutting man: 3
attribute-before cutting person: 3
attribute-before cutting woman: 4
attribute-before dark a: 40
attribute-before dark and: 3
attribute-before dark in: 5
attribute-before dark is: 2
attribute-before dark the: 5
attribute-before dark very: 2
attribute-before dark with: 9
attribute-before dark young: 2
attribute-before decorated a: 6
attribute-before decorated an: 12
attribute-before decorated been: 2
attribute-before decorated is: 6
attribute-before decorated large: 5
attribute-before decorated nicely: 3
attribute-before decorated very: 2
attribute-before decorated well: 5
attribute-before decorated white: 3
attribute-before decorated with: 2
attribute-before deep a: 4
attribute-before deep the: 3
attribute-before deserted a: 11
attribute-before deserted is: 2
attribute-before dirt a: 79
attribute-before dirt in: 2
attribute-before dirt on: 3
attribute-before dirt the: 2
attribute-before dirt to: 2
attribute-before dirty a: 35
attribute-before dirty and: 2
attribute-before dirty very: 6
attribute-before dirty with: 4
attribute-before domed a: 3
attribute-before dried a: 2
attribute-before dried of: 2
attribute-before dry a: 19
attribute-before dry eating: 2
attribute-before dry in: 4
attribute-before dry on: 4
attribute-before during the day area: 2
attribute-before during the day park: 2
attribute-before during the day street: 3
attribute-before during the day tracks: 2
attribute-before eating and: 9
attribute-before eating are: 8
attribute-before eating cat: 3
attribute-before eating child: 2
attribute-before eating giraffes: 2
attribute-before eating girl: 3
attribute-before eating glasses: 5
attribute-before eating is: 20
attribute-before eating kid: 2
attribute-before eating man: 9
attribute-before eating people: 3
attribute-before eating person: 4
attribute-before eating restaurant: 2
attribute-before eating shirt: 2
attribute-before eating table: 3
attribute-before eating woman: 5
attribute-before eating zebra: 3
attribute-before eating zoo: 2
attribute-before eats giraffe: 2
attribute-before elderly an: 35
attribute-before elderly middle: 5
attribute-before elderly of: 2
attribute-before elderly the: 2
attribute-before elderly two: 2
attribute-before empty a: 7
attribute-before empty almost: 3
attribute-before empty an: 67
attribute-before empty and: 3
attribute-before empty is: 7
attribute-before empty nearly: 2
attribute-before empty of: 3
attribute-before empty on: 2
attribute-before empty the: 3
attribute-before empty three: 3
attribute-before empty two: 2
attribute-before empty with: 5
attribute-before feeding is: 3
attribute-before feeding man: 2
attribute-before feeding person: 2
attribute-before feeding woman: 2
attribute-before female a: 26
attribute-before few a: 62
attribute-before few very: 2
attribute-before floral a: 13
attribute-before floral with: 2
attribute-before fresh a: 3
attribute-before fresh and: 2
attribute-before fresh in: 2
attribute-before fresh of: 8
attribute-before fresh the: 3
attribute-before fresh with: 3
attribute-before fried a: 4
attribute-before fried of: 3
attribute-before fried stir: 2
attribute-before fried with: 2
attribute-before full a: 22
attribute-before full in: 3
attribute-before full is: 16
attribute-before glass a: 63
attribute-before glass and: 6
attribute-before glass clear: 6
attribute-before glass in: 2
attribute-before glass large: 6
attribute-before glass of: 4
attribute-before glass stained: 2
attribute-before glass tall: 2
attribute-before gold a: 8
attribute-before gold and: 5
attribute-before gold large: 3
attribute-before gold of: 3
attribute-before gold with: 3
attribute-before grassy a: 184
attribute-before grassy big: 3
attribute-before grassy green: 4
attribute-before grassy in: 11
attribute-before grassy large: 7
attribute-before grassy lush: 43
attribute-before grassy on: 4
attribute-before grassy open: 3
attribute-before grassy the: 10
attribute-before grassy to: 3
attribute-before gray a: 52
attribute-before gray and: 21
attribute-before gray in: 7
attribute-before gray large: 5
attribute-before gray of: 2
attribute-before gray the: 2
attribute-before gray two: 3
attribute-before gray with: 3
attribute-before green a: 162
attribute-before green and: 40
attribute-before green bright: 3
attribute-before green cooking: 2
attribute-before green dark: 2
attribute-before green has: 3
attribute-before green in: 18
attribute-before green is: 3
attribute-before green large: 6
attribute-before green leafy: 3
attribute-before green light: 2
attribute-before green lime: 2
attribute-before green lush: 13
attribute-before green neon: 2
attribute-before green of: 15
attribute-before green old: 2
attribute-before green olive: 2
attribute-before green on: 9
attribute-before green several: 2
attribute-before green small: 5
attribute-before green some: 12
attribute-before green tall: 2
attribute-before green the: 16
attribute-before green two: 7
attribute-before green with: 26
attribute-before grilled a: 6
attribute-before grilled of: 3
attribute-before happy a: 12
attribute-before happy is: 4
attribute-before happy of: 2
attribute-before holding and: 20
attribute-before holding are: 3
attribute-before holding baby: 2
attribute-before holding beach: 9
attribute-before holding bear: 3
attribute-before holding bed: 3
attribute-before holding bench: 2
attribute-before holding boy: 19
attribute-before holding chair: 3
attribute-before holding child: 6
attribute-before holding children: 2
attribute-before holding coat: 2
attribute-before holding couch: 6
attribute-before holding court: 23
attribute-before holding crowd: 2
attribute-before holding dog: 5
attribute-before holding down: 6
attribute-before holding each: 3
attribute-before holding fence: 3
attribute-before holding field: 3
attribute-before holding floor: 2
attribute-before holding fork: 2
attribute-before holding girl: 19
attribute-before holding glasses: 3
attribute-before holding grass: 2
attribute-before holding guy: 4
attribute-before holding hand: 22
attribute-before holding hat: 6
attribute-before holding is: 114
attribute-before holding jacket: 4
attribute-before holding lady: 4
attribute-before holding man: 136
attribute-before holding men: 2
attribute-before holding on: 3
attribute-before holding one: 7
attribute-before holding outfit: 2
attribute-before holding outside: 3
attribute-before holding park: 2
attribute-before holding people: 4
attribute-before holding person: 58
attribute-before holding photographed: 2
attribute-before holding plate: 4
attribute-before holding player: 24
attribute-before holding room: 2
attribute-before holding shirt: 9
attribute-before holding sidewalk: 2
attribute-before holding smiling: 2
attribute-before holding someone: 5
attribute-before holding standing: 3
attribute-before holding statue: 3
attribute-before holding street: 5
attribute-before holding suit: 2
attribute-before holding suits: 2
attribute-before holding table: 3
attribute-before holding them: 3
attribute-before holding tray: 2
attribute-before holding tv: 2
attribute-before holding uniform: 7
attribute-before holding wheelchair: 2
attribute-before holding while: 34
attribute-before holding woman: 104
attribute-before holding women: 2
attribute-before holds and: 2
attribute-before holds child: 4
attribute-before holds hand: 2
attribute-before holds hat: 2
attribute-before holds he: 4
attribute-before holds man: 13
attribute-before holds person: 10
attribute-before holds plate: 2
attribute-before holds player: 2
attribute-before holds woman: 15
attribute-before horse drawn a: 14
attribute-before hot a: 2
attribute-before identical a: 2
attribute-before identical and: 2
attribute-before identical with: 3
attribute-before in the dark laptop: 2
attribute-before indoor an: 15
attribute-before indoor are: 3
attribute-before indoor is: 7
attribute-before indoor the: 3
attribute-before kicking are: 3
attribute-before kicking man: 2
attribute-before kneeling child: 2
attribute-before kneeling is: 2
attribute-before large a: 990
attribute-before large an: 4
attribute-before large and: 12
attribute-before large by: 2
attribute-before large has: 3
attribute-before large holding: 2
attribute-before large in: 10
attribute-before large many: 2
attribute-before large nice: 2
attribute-before large of: 19
attribute-before large on: 3
attribute-before large other: 2
attribute-before large riding: 2
attribute-before large several: 5
attribute-before large some: 11
attribute-before large the: 40
attribute-before large three: 4
attribute-before large to: 2
attribute-before large two: 30
attribute-before large very: 46
attribute-before large with: 24
attribute-before larger a: 7
attribute-before leather a: 2
attribute-before leather black: 4
attribute-before leather brown: 2
attribute-before leather with: 2
attribute-before left a: 3
attribute-before left the: 2
attribute-before left their: 3
attribute-before lies cat: 5
attribute-before lies dog: 3
attribute-before lies he: 2
attribute-before lies kitten: 2
attribute-before lies man: 3
attribute-before lies woman: 5
attribute-before lies zebra: 2
attribute-before lit a: 11
attribute-before lit all: 2
attribute-before lit an: 3
attribute-before lit are: 3
attribute-before lit blue: 2
attribute-before lit darkly: 2
attribute-before lit is: 10
attribute-before lit the: 3
attribute-before lit with: 5
attribute-before long a: 100
attribute-before long and: 3
attribute-before long his: 2
attribute-before long its: 2
attribute-before long large: 15
attribute-before long on: 2
attribute-before long really: 2
attribute-before long the: 4
attribute-before long very: 2
attribute-before long wearing: 2
attribute-before long with: 10
attribute-before long-haired a: 2
attribute-before lying and: 4
attribute-before lying animal: 4
attribute-before lying are: 10
attribute-before lying baby: 3
attribute-before lying bear: 8
attribute-before lying bears: 2
attribute-before lying boy: 5
attribute-before lying cat: 73
attribute-before lying cats: 8
attribute-before lying child: 4
attribute-before lying cows: 2
attribute-before lying dog: 40
attribute-before lying girl: 4
attribute-before lying horse: 4
attribute-before lying is: 56
attribute-before lying kitten: 3
attribute-before lying kitty: 2
attribute-before lying lady: 2
attribute-before lying man: 17
attribute-before lying people: 5
attribute-before lying person: 9
attribute-before lying puppy: 2
attribute-before lying sheep: 3
attribute-before lying while: 3
attribute-before lying woman: 18
attribute-before male a: 54
attribute-before male several: 2
attribute-before male two: 2
attribute-before male young: 3
attribute-before many and: 9
attribute-before many are: 30
attribute-before many by: 2
attribute-before many carrying: 2
attribute-before many has: 11
attribute-before many near: 11
attribute-before many of: 13
attribute-before many shows: 2
attribute-before many so: 4
attribute-before many the: 3
attribute-before many to: 3
attribute-before many with: 63
attribute-before metal a: 100
attribute-before metal an: 5
attribute-before metal and: 5
attribute-before metal black: 2
attribute-before metal cast: 2
attribute-before metal large: 6
attribute-before metal of: 3
attribute-before metal on: 3
attribute-before metal ornate: 2
attribute-before metal shiny: 3
attribute-before metal the: 3
attribute-before metal to: 2
attribute-before metal two: 2
attribute-before metal with: 5
attribute-before metal wrought: 2
attribute-before narrow a: 24
attribute-before narrow the: 2
attribute-before new a: 31
attribute-before new and: 2
attribute-before new in: 4
attribute-before new large: 3
attribute-before new sleek: 2
attribute-before new the: 2
attribute-before new with: 2
attribute-before old a: 32
attribute-before old an: 162
attribute-before old and: 6
attribute-before old dirty: 2
attribute-before old large: 2
attribute-before old many: 2
attribute-before old of: 13
attribute-before old rusty: 2
attribute-before old several: 3
attribute-before old the: 9
attribute-before old three: 2
attribute-before old two: 5
attribute-before old very: 13
attribute-before old with: 10
attribute-before open a: 16
attribute-before open an: 123
attribute-before open and: 5
attribute-before open grassy: 2
attribute-before open in: 6
attribute-before open is: 15
attribute-before open large: 8
attribute-before open on: 4
attribute-before open the: 17
attribute-before open to: 3
attribute-before open wide: 4
attribute-before open with: 8
attribute-before orange a: 8
attribute-before orange an: 96
attribute-before orange and: 21
attribute-before orange big: 2
attribute-before orange bright: 2
attribute-before orange fat: 2
attribute-before orange in: 8
attribute-before orange long: 4
attribute-before orange of: 11
attribute-before orange several: 2
attribute-before orange some: 3
attribute-before orange the: 2
attribute-before orange two: 2
attribute-before orange wearing: 2
attribute-before orange with: 12
attribute-before outdoor an: 54
attribute-before outdoor are: 8
attribute-before outdoor at: 5
attribute-before outdoor in: 2
attribute-before outdoor is: 6
attribute-before outdoor on: 2
attribute-before outdoor people: 3
attribute-before outdoor the: 3
attribute-before outdoor wooden: 2
attribute-before oval large: 2
attribute-before overhead view of an: 6
attribute-before painted a: 9
attribute-before painted been: 3
attribute-before painted brightly: 2
attribute-before painted is: 14
attribute-before painted large: 2
attribute-before painted walls: 2
attribute-before paper a: 31
attribute-before paper and: 3
attribute-before paper hanging: 2
attribute-before paper in: 2
attribute-before paper of: 3
attribute-before paper toilet: 10
attribute-before paper white: 2
attribute-before paved a: 7
attribute-before pets man: 2
attribute-before petting and: 2
attribute-before petting are: 2
attribute-before petting is: 2
attribute-before pink a: 58
attribute-before pink and: 9
attribute-before pink bright: 4
attribute-before pink has: 3
attribute-before pink in: 7
attribute-before pink of: 3
attribute-before pink the: 2
attribute-before pink two: 2
attribute-before pink with: 9
attribute-before plastic a: 26
attribute-before plastic and: 4
attribute-before plastic blue: 4
attribute-before plastic four: 2
attribute-before plastic in: 4
attribute-before plastic on: 2
attribute-before plastic two: 2
attribute-before pulling are: 3
attribute-before pulling horse: 16
attribute-before pulling horses: 3
attribute-before pulling is: 7
attribute-before pulling while: 2
attribute-before purple a: 28
attribute-before purple and: 6
attribute-before purple big: 2
attribute-before purple has: 2
attribute-before purple in: 3
attribute-before purple of: 2
attribute-before purple on: 2
attribute-before purple with: 6
attribute-before pushing are: 2
attribute-before rainy a: 11
attribute-before rainy on: 2
attribute-before raw a: 2
attribute-before real a: 2
attribute-before rear view of the: 2
attribute-before red a: 347
attribute-before red and: 41
attribute-before red beautiful: 2
attribute-before red behind: 2
attribute-before red big: 2
attribute-before red bright: 3
attribute-before red has: 3
attribute-before red in: 22
attribute-before red is: 6
attribute-before red large: 8
attribute-before red little: 2
attribute-before red long: 2
attribute-before red of: 12
attribute-before red old: 3
attribute-before red parked: 3
attribute-before red small: 11
attribute-before red the: 9
attribute-before red two: 3
attribute-before red vintage: 3
attribute-before red wearing: 7
attribute-before red with: 34
attribute-before rides boy: 5
attribute-before rides clothes: 2
attribute-before rides girl: 2
attribute-before rides guy: 3
attribute-before rides man: 7
attribute-before rides person: 2
attribute-before rides surfer: 4
attribute-before rides woman: 6
attribute-before riding and: 3
attribute-before riding are: 10
attribute-before riding black: 2
attribute-before riding board: 9
attribute-before riding boy: 13
attribute-before riding dog: 2
attribute-before riding gear: 2
attribute-before riding girl: 7
attribute-before riding guy: 3
attribute-before riding hat: 2
attribute-before riding helmet: 2
attribute-before riding is: 77
attribute-before riding jacket: 2
attribute-before riding jockey: 2
attribute-before riding man: 102
attribute-before riding officer: 2
attribute-before riding pads: 2
attribute-before riding people: 10
attribute-before riding person: 68
attribute-before riding shirt: 5
attribute-before riding skateboarder: 3
attribute-before riding someone: 2
attribute-before riding suit: 4
attribute-before riding surfboard: 15
attribute-before riding surfer: 6
attribute-before riding surfers: 3
attribute-before riding water: 2
attribute-before riding wetsuit: 5
attribute-before riding while: 18
attribute-before riding woman: 7
attribute-before right his: 3
attribute-before right the: 2
attribute-before ripe a: 2
attribute-before ripe of: 3
attribute-before rocky a: 18
attribute-before rocky some: 2
attribute-before round a: 17
attribute-before round large: 2
attribute-before round of: 2
attribute-before rubber a: 2
attribute-before run down a: 9
attribute-before running are: 11
attribute-before running dog: 2
attribute-before running dogs: 6
attribute-before running elephant: 2
attribute-before running giraffe: 3
attribute-before running giraffes: 2
attribute-before running horse: 3
attribute-before running is: 23
attribute-before running jogger: 2
attribute-before running man: 8
attribute-before running people: 2
attribute-before running player: 7
attribute-before running sheep: 3
attribute-before running train: 4
attribute-before running while: 2
attribute-before running woman: 2
attribute-before runs dog: 3
attribute-before runs player: 3
attribute-before rural a: 23
attribute-before rural cross: 15
attribute-before rural in: 2
attribute-before sad a: 3
attribute-before sandy a: 43
attribute-before sandy on: 3
attribute-before shallow a: 6
attribute-before shallow in: 6
attribute-before short a: 15
attribute-before short the: 2
attribute-before short with: 3
attribute-before side view of a: 2
attribute-before silver a: 30
attribute-before silver and: 18
attribute-before silver small: 2
attribute-before silver two: 2
attribute-before sits bear: 9
attribute-before sits bird: 8
attribute-before sits boy: 5
attribute-before sits cat: 37
attribute-before sits child: 4
attribute-before sits couple: 2
attribute-before sits dog: 18
attribute-before sits girl: 6
attribute-before sits he: 2
attribute-before sits man: 29
attribute-before sits person: 11
attribute-before sits tie: 2
attribute-before sits woman: 19
attribute-before sitting a: 5
attribute-before sitting adults: 2
attribute-before sitting and: 11
attribute-before sitting animal: 3
attribute-before sitting animals: 5
attribute-before sitting are: 77
attribute-before sitting baby: 9
attribute-before sitting beak: 2
attribute-before sitting bear: 37
attribute-before sitting bears: 16
attribute-before sitting bird: 25
attribute-before sitting boy: 12
attribute-before sitting boys: 4
attribute-before sitting cat: 125
attribute-before sitting cats: 7
attribute-before sitting cattle: 2
attribute-before sitting child: 12
attribute-before sitting children: 13
attribute-before sitting couple: 7
attribute-before sitting cows: 2
attribute-before sitting dog: 55
attribute-before sitting dogs: 2
attribute-before sitting dress: 3
attribute-before sitting eyes: 4
attribute-before sitting family: 2
attribute-before sitting friends: 3
attribute-before sitting girl: 35
attribute-before sitting girls: 7
attribute-before sitting glasses: 3
attribute-before sitting guy: 2
attribute-before sitting guys: 2
attribute-before sitting hat: 2
attribute-before sitting helmet: 3
attribute-before sitting is: 190
attribute-before sitting it: 3
attribute-before sitting kid: 2
attribute-before sitting kids: 4
attribute-before sitting kitten: 7
attribute-before sitting ladies: 2
attribute-before sitting lady: 2
attribute-before sitting laptop: 2
attribute-before sitting leash: 2
attribute-before sitting males: 2
attribute-before sitting man: 120
attribute-before sitting men: 14
attribute-before sitting owls: 2
attribute-before sitting panda: 2
attribute-before sitting people: 124
attribute-before sitting person: 32
attribute-before sitting phone: 2
attribute-before sitting player: 2
attribute-before sitting shirt: 5
attribute-before sitting shown: 2
attribute-before sitting while: 6
attribute-before sitting woman: 97
attribute-before sitting women: 27
attribute-before sliced a: 9
attribute-before sliced and: 7
attribute-before sliced are: 3
attribute-before sliced be: 2
attribute-before sliced been: 2
attribute-before sliced being: 2
attribute-before sliced has: 2
attribute-before sliced is: 9
attribute-before sliced of: 12
attribute-before sliced with: 7
attribute-before small a: 811
attribute-before small and: 16
attribute-before small another: 2
attribute-before small cute: 7
attribute-before small in: 4
attribute-before small into: 3
attribute-before small many: 4
attribute-before small of: 20
attribute-before small on: 6
attribute-before small several: 2
attribute-before small some: 4
attribute-before small the: 30
attribute-before small this: 4
attribute-before small three: 2
attribute-before small to: 3
attribute-before small two: 33
attribute-before small very: 15
attribute-before small white: 3
attribute-before small with: 15
attribute-before smaller a: 10
attribute-before smaller two: 2
attribute-before smaller with: 2
attribute-before smiling a: 34
attribute-before smiling and: 14
attribute-before smiling are: 7
attribute-before smiling boy: 3
attribute-before smiling elephant: 2
attribute-before smiling girl: 3
attribute-before smiling is: 8
attribute-before smiling man: 4
attribute-before smiling men: 5
attribute-before smiling suit: 3
attribute-before smiling while: 3
attribute-before smiling woman: 8
attribute-before snowy a: 191
attribute-before snowy across: 3
attribute-before snowy of: 3
attribute-before snowy on: 11
attribute-before snowy steep: 3
attribute-before snowy the: 15
attribute-before snowy very: 2
attribute-before snowy with: 2
attribute-before solid a: 4
attribute-before square a: 9
attribute-before square large: 3
attribute-before square white: 2
attribute-before square with: 2
attribute-before standing a: 3
attribute-before standing adult: 2
attribute-before standing and: 14
attribute-before standing animals: 6
attribute-before standing are: 145
attribute-before standing bat: 2
attribute-before standing bear: 17
attribute-before standing bears: 2
attribute-before standing bird: 24
attribute-before standing birds: 6
attribute-before standing boy: 13
attribute-before standing bull: 2
attribute-before standing calf: 2
attribute-before standing cat: 22
attribute-before standing cattle: 5
attribute-before standing chicken: 2
attribute-before standing child: 11
attribute-before standing children: 7
attribute-before standing clothing: 2
attribute-before standing couple: 4
attribute-before standing cow: 21
attribute-before standing cows: 15
attribute-before standing dog: 22
attribute-before standing donkey: 2
attribute-before standing dress: 2
attribute-before standing duck: 2
attribute-before standing elephant: 23
attribute-before standing elephants: 31
attribute-before standing family: 3
attribute-before standing female: 2
attribute-before standing gear: 2
attribute-before standing giraffe: 69
attribute-before standing giraffes: 33
attribute-before standing girl: 16
attribute-before standing girls: 3
attribute-before standing goat: 3
attribute-before standing goats: 2
attribute-before standing guy: 3
attribute-before standing guys: 3
attribute-before standing hair: 5
attribute-before standing hat: 3
attribute-before standing helmets: 2
attribute-before standing horns: 2
attribute-before standing horse: 23
attribute-before standing horses: 10
attribute-before standing is: 215
attribute-before standing jacket: 4
attribute-before standing ladies: 2
attribute-before standing lady: 7
attribute-before standing man: 177
attribute-before standing men: 49
attribute-before standing on: 2
attribute-before standing one: 2
attribute-before standing pants: 2
attribute-before standing people: 164
attribute-before standing person: 58
attribute-before standing player: 10
attribute-before standing players: 9
attribute-before standing seagull: 3
attribute-before standing seagulls: 2
attribute-before standing sheep: 15
attribute-before standing shirt: 2
attribute-before standing skier: 2
attribute-before standing skis: 9
attribute-before standing suit: 6
attribute-before standing umbrella: 4
attribute-before standing was: 2
attribute-before standing while: 25
attribute-before standing with: 2
attribute-before standing woman: 80
attribute-before standing women: 12
attribute-before standing zebra: 51
attribute-before standing zebras: 33
attribute-before stands bear: 2
attribute-before stands bird: 2
attribute-before stands boy: 4
attribute-before stands cat: 9
attribute-before stands child: 4
attribute-before stands cow: 4
attribute-before stands dog: 4
attribute-before stands elephant: 5
attribute-before stands giraffe: 12
attribute-before stands girl: 4
attribute-before stands goat: 2
attribute-before stands horse: 5
attribute-before stands it: 2
attribute-before stands man: 20
attribute-before stands person: 3
attribute-before stands player: 3
attribute-before stands sheep: 2
attribute-before stands skier: 5
attribute-before stands skis: 2
attribute-before stands suit: 3
attribute-before stands t-shirt: 2
attribute-before stands umbrella: 2
attribute-before stands woman: 18
attribute-before stands zebra: 2
attribute-before stone a: 58
attribute-before stone and: 4
attribute-before stone large: 3
attribute-before stone of: 3
attribute-before stone on: 2
attribute-before stone tall: 2
attribute-before stone with: 4
attribute-before straw a: 4
attribute-before striped a: 17
attribute-before striped and: 2
attribute-before striped blue: 2
attribute-before striped in: 2
attribute-before striped white: 2
attribute-before striped with: 2
attribute-before stuffed a: 34
attribute-before stuffed her: 3
attribute-before stuffed large: 2
attribute-before stuffed of: 5
attribute-before stuffed small: 2
attribute-before stuffed the: 3
attribute-before stuffed three: 3
attribute-before stuffed two: 8
attribute-before stuffed white: 3
attribute-before sunny a: 48
attribute-before sunny bright: 3
attribute-before sunny on: 8
attribute-before sunny the: 5
attribute-before tall a: 100
attribute-before tall beside: 2
attribute-before tall by: 4
attribute-before tall in: 10
attribute-before tall large: 2
attribute-before tall near: 3
attribute-before tall of: 12
attribute-before tall on: 2
attribute-before tall some: 11
attribute-before tall the: 14
attribute-before tall through: 6
attribute-before tall to: 4
attribute-before tall two: 5
attribute-before tall very: 26
attribute-before tall with: 5
attribute-before teal a: 4
attribute-before thick a: 4
attribute-before thick with: 4
attribute-before thin a: 4
attribute-before throwing and: 2
attribute-before throwing girl: 2
attribute-before throwing is: 16
attribute-before throwing man: 6
attribute-before throwing pitcher: 2
attribute-before throwing player: 4
attribute-before throwing uniform: 2
attribute-before throws man: 4
attribute-before throws pitcher: 3
attribute-before throws player: 3
attribute-before throws woman: 2
attribute-before unripe a: 2
attribute-before unripe of: 10
attribute-before unripe with: 4
attribute-before urban a: 176
attribute-before urban an: 9
attribute-before urban busy: 19
attribute-before urban crowded: 4
attribute-before urban empty: 2
attribute-before urban in: 8
attribute-before urban narrow: 2
attribute-before urban on: 2
attribute-before urban open: 2
attribute-before urban quiet: 2
attribute-before urban the: 8
attribute-before urban two: 2
attribute-before urban wet: 2
attribute-before various a: 9
attribute-before various all: 2
attribute-before various and: 9
attribute-before various are: 3
attribute-before various at: 5
attribute-before various containing: 4
attribute-before various contains: 2
attribute-before various doing: 3
attribute-before various four: 7
attribute-before various has: 2
attribute-before various have: 3
attribute-before various holding: 3
attribute-before various in: 21
attribute-before various many: 16
attribute-before various multiple: 2
attribute-before various of: 80
attribute-before various on: 4
attribute-before various several: 22
attribute-before various six: 3
attribute-before various some: 7
attribute-before various their: 2
attribute-before various three: 17
attribute-before various to: 2
attribute-before various two: 10
attribute-before various with: 58
attribute-before walking and: 9
attribute-before walking animals: 7
attribute-before walking are: 60
attribute-before walking bear: 19
attribute-before walking bears: 4
attribute-before walking bird: 3
attribute-before walking birds: 4
attribute-before walking boy: 3
attribute-before walking cat: 6
attribute-before walking cattle: 6
attribute-before walking chicken: 2
attribute-before walking cow: 5
attribute-before walking cows: 11
attribute-before walking cub: 2
attribute-before walking dogs: 3
attribute-before walking elephant: 17
attribute-before walking elephants: 23
attribute-before walking giraffe: 13
attribute-before walking giraffes: 15
attribute-before walking girl: 3
attribute-before walking girls: 2
attribute-before walking horse: 10
attribute-before walking horses: 7
attribute-before walking is: 70
attribute-before walking kids: 3
attribute-before walking lady: 2
attribute-before walking man: 35
attribute-before walking men: 7
attribute-before walking one: 4
attribute-before walking pedestrians: 5
attribute-before walking people: 70
attribute-before walking person: 25
attribute-before walking players: 6
attribute-before walking rooster: 2
attribute-before walking seen: 5
attribute-before walking sheep: 6
attribute-before walking suit: 3
attribute-before walking surfboard: 3
attribute-before walking surfer: 3
attribute-before walking surfers: 4
attribute-before walking umbrella: 2
attribute-before walking while: 9
attribute-before walking woman: 25
attribute-before walking women: 3
attribute-before walking zebra: 4
attribute-before walking zebras: 7
attribute-before walks bear: 3
attribute-before walks couple: 2
attribute-before walks elephant: 9
attribute-before walks he: 3
attribute-before walks horse: 2
attribute-before walks lady: 2
attribute-before walks man: 4
attribute-before walks person: 2
attribute-before walks woman: 5
attribute-before walks zoo: 2
attribute-before wall mounted a: 2
attribute-before wet a: 37
attribute-before wet in: 2
attribute-before wet on: 2
attribute-before wet the: 3
attribute-before white a: 611
attribute-before white all: 6
attribute-before white and: 409
attribute-before white big: 4
attribute-before white has: 3
attribute-before white in: 47
attribute-before white is: 4
attribute-before white large: 34
attribute-before white little: 3
attribute-before white long: 3
attribute-before white matching: 2
attribute-before white near: 3
attribute-before white of: 26
attribute-before white off: 2
attribute-before white on: 10
attribute-before white plain: 3
attribute-before white single: 2
attribute-before white small: 23
attribute-before white some: 2
attribute-before white tall: 2
attribute-before white the: 22
attribute-before white three: 6
attribute-before white to: 4
attribute-before white two: 15
attribute-before white wearing: 2
attribute-before white with: 41
attribute-before whole a: 5
attribute-before wicker a: 3
attribute-before wide a: 12
attribute-before wide big: 2
attribute-before wide with: 3
attribute-before wooded a: 25
attribute-before wooded in: 2
attribute-before wooded through: 2
attribute-before wooden a: 291
attribute-before wooden and: 12
attribute-before wooden broken: 2
attribute-before wooden brown: 3
attribute-before wooden clean: 2
attribute-before wooden empty: 2
attribute-before wooden hard: 6
attribute-before wooden has: 3
attribute-before wooden in: 3
attribute-before wooden large: 11
attribute-before wooden long: 2
attribute-before wooden of: 6
attribute-before wooden old: 7
attribute-before wooden on: 12
attribute-before wooden red: 2
attribute-before wooden several: 2
attribute-before wooden small: 7
attribute-before wooden some: 4
attribute-before wooden the: 8
attribute-before wooden to: 2
attribute-before wooden with: 24
attribute-before wool a: 2
attribute-before yellow a: 129
attribute-before yellow and: 51
attribute-before yellow bright: 8
attribute-before yellow in: 10
attribute-before yellow is: 2
attribute-before yellow large: 4
attribute-before yellow of: 6
attribute-before yellow old: 3
attribute-before yellow pretty: 3
attribute-before yellow ripe: 3
attribute-before yellow small: 6
attribute-before yellow the: 4
attribute-before yellow three: 2
attribute-before yellow two: 3
attribute-before yellow wearing: 2
attribute-before yellow with: 15
attribute-before young a: 442
attribute-before young and: 7
attribute-before young another: 2
attribute-before young beautiful: 6
attribute-before young of: 45
attribute-before young one: 2
attribute-before young pretty: 8
attribute-before young smiling: 5
attribute-before young the: 33
attribute-before young three: 5
attribute-before young two: 46
attribute-before young very: 2
attribute-before young with: 3
away from: 17
backpack: 17
bagel: 9
baked: 16
ball: 272
balloon: 9
banana: 272
bandana: 4
barn: 13
baseball: 257
baseball bat: 213
baseball player: 203
basket: 32
basketball: 9
bathroom: 543
bathtub: 16
beach: 459
bear: 174
bed: 413
bedroom: 73
beer: 41
behind: 319
beige: 31
below: 30
bench: 352
between: 61
bicycle: 125
bigram accent colors: 1
bigram accessory items: 1
bigram action figures: 6
bigram action photo: 1
bigram adult bear: 1
bigram adult bears: 1
bigram adult beverage: 1
bigram adult cat: 2
bigram adult cow: 1
bigram adult elephant: 6
bigram adult elephants: 3
bigram adult giraffe: 8
bigram adult giraffes: 1
bigram adult hands: 1
bigram adult males: 3
bigram adult man: 3
bigram adult men: 2
bigram adult players: 1
bigram adult soccer: 1
bigram adult zebra: 3
bigram adult zebras: 1
bigram adults rest: 1
bigram age boys: 1
bigram age group: 1
bigram air balloons: 1
bigram air bubble: 1
bigram air field: 1
bigram air hanger: 2
bigram air lines: 1
bigram air market: 4
bigram air plane: 13
bigram air planes: 2
bigram air port: 3
bigram air street: 1
bigram air trick: 2
bigram air zone: 2
bigram aircraft carrier: 2
bigram airline employees: 1
bigram airlines jet: 1
bigram airlines plane: 3
bigram airplane food: 1
bigram airplane jet: 1
bigram airplane landing: 1
bigram airplane leaves: 1
bigram airplane meal: 1
bigram airplane models: 1
bigram airplane museum: 1
bigram airplane restroom: 1
bigram airplane window: 1
bigram airplane wing: 1
bigram airport area: 1
bigram airport cart: 1
bigram airport field: 2
bigram airport hall: 1
bigram airport lobby: 2
bigram airport runway: 11
bigram airport tarmac: 7
bigram airport ticket: 1
bigram alley way: 1
bigram aluminum foil: 2
bigram aluminum pan: 1
bigram amusement park: 2
bigram angle shots: 1
bigram angle view: 2
bigram animal dogs: 1
bigram animal food: 1
bigram animal mouse: 1
bigram animal park: 1
bigram animal pictures: 1
bigram animal teddy: 1
bigram animal toy: 1
bigram animal toys: 1
bigram animals fur: 1
bigram animals sticker: 1
bigram apartment bedroom: 1
bigram apartment building: 3
bigram apartment buildings: 2
bigram apartment room: 2
bigram apartment sofa: 1
bigram apple building: 1
bigram apple clock: 1
bigram apple computer: 3
bigram apple computers: 1
bigram apple desktop: 2
bigram apple logo: 1
bigram apple monitor: 1
bigram apple phone: 1
bigram apple sign: 2
bigram apple slices: 1
bigram apple tree: 1
bigram apples oranges: 2
bigram apples pears: 1
bigram appliances dishes: 1
bigram area features: 6
bigram area rug: 2
bigram areas features: 1
bigram army knife: 1
bigram army motorcycle: 1
bigram army outfits: 1
bigram army plane: 1
bigram army prop: 1
bigram army shirt: 1
bigram army t-shirt: 1
bigram arrow light: 1
bigram arrow point: 1
bigram art collection: 1
bigram art cow: 1
bigram art piece: 2
bigram art pieces: 1
bigram assembly line: 3
bigram baby animals: 1
bigram baby antelope: 1
bigram baby bear: 5
bigram baby bears: 1
bigram baby bird: 1
bigram baby boy: 2
bigram baby boys: 1
bigram baby brown: 1
bigram baby calf: 1
bigram baby carrots: 1
bigram baby cattle: 1
bigram baby cow: 5
bigram baby doll: 2
bigram baby dolls: 1
bigram baby elephant: 26
bigram baby elephants: 3
bigram baby giraffe: 9
bigram baby girl: 9
bigram baby goat: 1
bigram baby horse: 1
bigram baby panda: 1
bigram baby pet: 1
bigram baby toothbrush: 1
bigram baby zebra: 8
bigram background orange: 1
bigram backyard patio: 1
bigram backyard playground: 1
bigram bacon bits: 1
bigram bacon lettuce: 1
bigram bag rests: 1
bigram bagel machine: 1
bigram bakery tray: 1
bigram ball bat: 4
bigram ball building: 1
bigram ball chain: 2
bigram ball dress: 1
bigram ball field: 3
bigram ball game: 3
bigram ball glove: 1
bigram ball hat: 1
bigram ball heads: 1
bigram ball park: 2
bigram ball player: 1
bigram ball players: 4
bigram ball tennis: 1
bigram balloon elephant: 1
bigram bamboo building: 1
bigram bamboo mat: 2
bigram bamboo plant: 1
bigram banana bread: 1
bigram banana bunches: 2
bigram banana dessert: 1
bigram banana dish: 1
bigram banana guard: 1
bigram banana holder: 1
bigram banana holders: 1
bigram banana pieces: 1
bigram banana plant: 1
bigram banana slice: 1
bigram banana slices: 3
bigram banana storage: 1
bigram banana tree: 9
bigram banana trees: 1
bigram banana type: 1
bigram banana warehouse: 1
bigram bananas dirt: 1
bigram bank logo: 1
bigram bank sign: 2
bigram banquet hall: 2
bigram banquet room: 1
bigram bar cart: 1
bigram bar scene: 1
bigram bar stools: 3
bigram bar table: 1
bigram bartender opening: 2
bigram base ball: 8
bigram base coach: 1
bigram base paths: 1
bigram baseball attire: 1
bigram baseball bases: 1
bigram baseball bat: 80
bigram baseball bats: 6
bigram baseball batter: 4
bigram baseball cap: 8
bigram baseball catcher: 1
bigram baseball dugout: 1
bigram baseball equipment: 1
bigram baseball fans: 1
bigram baseball field: 32
bigram baseball figurine: 1
bigram baseball game: 90
bigram baseball glove: 8
bigram baseball hat: 5
bigram baseball helmet: 2
bigram baseball memorabilia: 1
bigram baseball mitt: 2
bigram baseball pitcher: 9
bigram baseball pitches: 1
bigram baseball player: 160
bigram baseball players: 61
bigram baseball runner: 1
bigram baseball scene: 1
bigram baseball style: 1
bigram baseball team: 12
bigram baseball teams: 1
bigram baseball type: 1
bigram baseball uniform: 19
bigram baseball uniforms: 9
bigram baseball video: 1
bigram baseballs players: 2
bigram basement bathroom: 1
bigram basin bathroom: 1
bigram basketball couch: 1
bigram basketball game: 4
bigram basketball players: 4
bigram bat game: 1
bigram bath robe: 1
bigram bath robes: 1
bigram bath room: 11
bigram bath scene: 1
bigram bath toys: 1
bigram bath tub: 21
bigram bathroom area: 5
bigram bathroom blow: 1
bigram bathroom counter: 1
bigram bathroom countertop: 1
bigram bathroom door: 5
bigram bathroom facility: 1
bigram bathroom faucet: 1
bigram bathroom features: 2
bigram bathroom floor: 5
bigram bathroom mirror: 23
bigram bathroom scene: 7
bigram bathroom shot: 1
bigram bathroom sink: 52
bigram bathroom sinks: 2
bigram bathroom stall: 10
bigram bathroom toilet: 1
bigram bathroom tub: 1
bigram bathroom vanity: 3
bigram bathroom view: 2
bigram bathroom wall: 2
bigram bathroom window: 2
bigram bathtub area: 1
bigram batter catcher: 1
bigram batter runs: 1
bigram batter swings: 5
bigram batters box: 1
bigram bay windows: 1
bigram beach area: 7
bigram beach chair: 8
bigram beach chairs: 1
bigram beach dock: 1
bigram beach goers: 1
bigram beach mat: 1
bigram beach sand: 1
bigram beach scene: 2
bigram beach shore: 3
bigram beach shoreline: 1
bigram beach towel: 2
bigram beach umbrella: 1
bigram beach umbrellas: 2
bigram beach water: 2
bigram bead chains: 1
bigram bean salad: 1
bigram beanie baby: 1
bigram beanie hat: 1
bigram bear backpack: 1
bigram bear cake: 1
bigram bear couple: 1
bigram bear doll: 1
bigram bear enclosure: 1
bigram bear head: 2
bigram bear landing: 1
bigram bear opening: 1
bigram bear shop: 2
bigram bear sign: 1
bigram bear store: 1
bigram bed cart: 1
bigram bed comforter: 1
bigram bed frame: 1
bigram bed room: 8
bigram bed sheet: 2
bigram bed sheets: 3
bigram bed truck: 1
bigram bedroom area: 1
bigram bedroom door: 1
bigram bedroom doorway: 1
bigram bedroom floor: 1
bigram bedroom items: 1
bigram bedroom scene: 2
bigram bedroom sheets: 1
bigram bedroom suite: 1
bigram beef pizza: 1
bigram beef sandwich: 4
bigram beef sandwiches: 1
bigram beer bottle: 4
bigram beer bottles: 4
bigram bell peppers: 1
bigram bell tower: 3
bigram belly board: 1
bigram ben clock: 7
bigram ben tower: 1
bigram benches face: 1
bigram berry branches: 1
bigram berry pie: 1
bigram berry tree: 1
bigram beverage lunch: 1
bigram bicycle frame: 1
bigram bicycle lane: 2
bigram bicycle race: 1
bigram bicycle rack: 3
bigram bicycle riders: 2
bigram bicycle tire: 2
bigram bicycles rack: 1
bigram bicyclist rests: 1
bigram bike competition: 1
bigram bike helmet: 1
bigram bike lane: 4
bigram bike led: 1
bigram bike rests: 1
bigram bike rider: 2
bigram bike riders: 1
bigram bike shop: 1
bigram bike taxi: 1
bigram bike traffic: 1
bigram bikini surfs: 1
bigram billboard sign: 1
bigram biplane leaves: 1
bigram bird cage: 2
bigram bird cages: 2
bigram bird feeder: 9
bigram bird food: 1
bigram bird lands: 1
bigram birthday cake: 32
bigram birthday candles: 2
bigram birthday cupcake: 2
bigram birthday hat: 4
bigram birthday message: 1
bigram birthday party: 3
bigram bit vegetable: 1
bigram bleacher steps: 1
bigram block toy: 2
bigram block toys: 1
bigram block wall: 2
bigram blonde girl: 1
bigram blonde hair: 3
bigram blonde horse: 1
bigram blonde woman: 3
bigram blow dryer: 2
bigram blueberry cake: 1
bigram blueberry coffee: 1
bigram blueberry pancakes: 1
bigram blur photograph: 1
bigram blur street: 1
bigram board box: 1
bigram board games: 1
bigram board ramp: 1
bigram board rider: 1
bigram board toy: 1
bigram boat dock: 1
bigram boat harbor: 1
bigram boat house: 1
bigram boat marina: 1
bigram boat water: 1
bigram boat window: 1
bigram boats sail: 1
bigram body board: 3
bigram body suit: 2
bigram bomb squad: 4
bigram boogie board: 6
bigram boogie boarder: 1
bigram book bag: 2
bigram book page: 1
bigram book scissors: 1
bigram book selves: 1
bigram book shelf: 12
bigram book shelves: 1
bigram book store: 1
bigram books shelves: 1
bigram books tables: 1
bigram boston subway: 1
bigram boston terrier: 1
bigram bow section: 1
bigram bow tie: 9
bigram bow ties: 1
bigram bowl sink: 1
bigram bowl storage: 1
bigram bowls cups: 1
bigram box kid: 1
bigram box kite: 3
bigram box truck: 2
bigram boy baseball: 1
bigram boy french: 1
bigram boy jumps: 1
bigram boy skate: 1
bigram boy skateboards: 3
bigram boy stops: 1
bigram boy swings: 4
bigram boys coat: 1
bigram boys school: 2
bigram bread bowl: 1
bigram bread sandwich: 1
bigram bread slices: 2
bigram bread sticks: 1
bigram break room: 2
bigram breakfast food: 4
bigram breakfast foods: 7
bigram breakfast items: 2
bigram breakfast plate: 2
bigram breakfast platter: 1
bigram breakfast room: 1
bigram brick apartment: 1
bigram brick building: 38
bigram brick buildings: 3
bigram brick church: 1
bigram brick clock: 5
bigram brick fence: 1
bigram brick floor: 1
bigram brick house: 2
bigram brick pathway: 1
bigram brick sidewalk: 2
bigram brick store: 1
bigram brick street: 2
bigram brick structure: 1
bigram brick surface: 1
bigram brick tower: 3
bigram brick walkway: 2
bigram brick wall: 17
bigram brick walls: 2
bigram bridge railing: 1
bigram broccoli carrot: 1
bigram broccoli cheese: 2
bigram broccoli dish: 3
bigram broccoli meal: 1
bigram broccoli plant: 4
bigram broccoli plants: 2
bigram broccoli platter: 1
bigram broccoli soup: 1
bigram bronx exit: 1
bigram bronze statue: 2
bigram brown bear: 24
bigram brown bears: 14
bigram buddha figure: 1
bigram buddha statue: 3
bigram buffet display: 1
bigram buffet line: 1
bigram buffet table: 1
bigram building cars: 1
bigram building spires: 1
bigram building structures: 1
bigram building tower: 1
bigram building wall: 1
bigram building windows: 1
bigram buildings boats: 1
bigram buildings cars: 1
bigram buildings shot: 1
bigram buildings spire: 1
bigram bull dog: 2
bigram bull statue: 1
bigram bulls helmet: 1
bigram bunch food: 1
bigram bunk bed: 1
bigram bunk beds: 2
bigram bunny character: 1
bigram bunny ears: 1
bigram bunt cake: 1
bigram burger patties: 1
bigram burgundy seat: 1
bigram burgundy train: 1
bigram burner stove: 1
bigram burrito french: 1
bigram bus depot: 1
bigram bus loads: 1
bigram bus park: 1
bigram bus parks: 3
bigram bus rolls: 1
bigram bus station: 7
bigram bus stop: 25
bigram bus stops: 3
bigram bus street: 1
bigram bus turns: 1
bigram bus window: 2
bigram bus wit: 1
bigram buses line: 1
bigram business attire: 3
bigram business clothes: 1
bigram business location: 1
bigram business man: 2
bigram business men: 1
bigram business people: 2
bigram business sign: 1
bigram business signs: 2
bigram business suit: 3
bigram business truck: 1
bigram business window: 1
bigram butter sandwich: 1
bigram butterfly sculptures: 1
bigram cab truck: 1
bigram cabinet curtains: 1
bigram cabinet towels: 1
bigram cabinets home: 1
bigram cabinets stove: 1
bigram cable car: 2
bigram cafeteria area: 1
bigram cafeteria counter: 1
bigram cafeteria lunch: 1
bigram cafeteria tray: 1
bigram cake cutter: 1
bigram cake dessert: 1
bigram cake dish: 1
bigram cake donuts: 1
bigram cake doughnut: 1
bigram cake features: 1
bigram cake frosting: 1
bigram cake pans: 2
bigram cake server: 1
bigram cake slices: 1
bigram calf drinks: 1
bigram california traffic: 1
bigram camera boxes: 1
bigram camera equipment: 2
bigram camera lens: 3
bigram camera man: 4
bigram camera phones: 1
bigram camp fire: 1
bigram camp site: 1
bigram campaign memorabilia: 1
bigram campaign trailer: 2
bigram canal tour: 1
bigram canoe boat: 1
bigram canopy bed: 1
bigram canvas type: 1
bigram cap jumps: 1
bigram car bridge: 1
bigram car dashboard: 2
bigram car door: 1
bigram car driver: 1
bigram car engine: 1
bigram car lights: 3
bigram car lot: 1
bigram car mirror: 2
bigram car park: 1
bigram car passenger: 1
bigram car rear: 1
bigram car roof: 1
bigram car runs: 1
bigram car stops: 1
bigram car traffic: 2
bigram car window: 10
bigram card board: 1
bigram cardboard box: 7
bigram cardboard boxes: 2
bigram cardboard container: 1
bigram cargo cars: 1
bigram cargo crate: 1
bigram cargo plane: 1
bigram cargo train: 3
bigram cargo truck: 1
bigram cargo van: 2
bigram carrot cake: 3
bigram carrot cakes: 1
bigram carrot soup: 2
bigram carrots broccoli: 1
bigram cars bushes: 1
bigram cars crowd: 1
bigram cars door: 1
bigram cars wing: 1
bigram cartoon character: 1
bigram cartoon dog: 2
bigram cartoon face: 1
bigram cartoon figures: 1
bigram casserole dishes: 1
bigram cat door: 2
bigram cat drinks: 2
bigram cat eats: 1
bigram cat face: 1
bigram cat pears: 1
bigram cat rests: 3
bigram cat surf: 1
bigram catcher races: 1
bigram catchers mitt: 4
bigram cathedral clock: 1
bigram cathedral type: 1
bigram cats face: 1
bigram cats rest: 1
bigram cattle enclosure: 1
bigram cave restaurant: 1
bigram cave sign: 1
bigram ceiling fan: 11
bigram ceiling light: 1
bigram ceiling pot: 1
bigram cell phone: 190
bigram cell phones: 26
bigram cellphone device: 1
bigram cement block: 2
bigram cement blocks: 1
bigram cement bowl: 1
bigram cement bridge: 1
bigram cement driveway: 1
bigram cement pad: 1
bigram cement path: 1
bigram cement rail: 1
bigram cement ramp: 3
bigram cement slab: 1
bigram cement step: 1
bigram cement steps: 1
bigram cement surface: 1
bigram cement walkway: 1
bigram cement wall: 3
bigram chain collar: 1
bigram chain fence: 2
bigram chain railing: 1
bigram chain shower: 1
bigram chair bookshelves: 1
bigram chairs rest: 1
bigram chairs stools: 1
bigram chalkboard menu: 1
bigram chalkboard sign: 1
bigram cheese bread: 2
bigram cheese cake: 1
bigram cheese dish: 1
bigram cheese dog: 1
bigram cheese pizza: 15
bigram cheese pizzas: 1
bigram cheese sandwich: 2
bigram cheese sandwiches: 2
bigram cheese sauce: 2
bigram cheese soup: 1
bigram cheesecake dessert: 1
bigram chef displays: 1
bigram chef outfits: 1
bigram chefs hat: 1
bigram chefs uniforms: 1
bigram chicago logo: 1
bigram chicago style: 1
bigram chicken decorations: 1
bigram chicken dish: 1
bigram chicken meal: 1
bigram chicken parmesan: 1
bigram chicken pizza: 1
bigram chicken salad: 1
bigram chicken sandwich: 2
bigram chicken sculpture: 1
bigram chicken wings: 1
bigram child blows: 1
bigram child cow: 1
bigram child eats: 1
bigram child elephant: 1
bigram child pack: 1
bigram child places: 1
bigram child skateboards: 1
bigram children items: 1
bigram children run: 1
bigram children scale: 1
bigram chili beans: 1
bigram chili cheese: 1
bigram chili dog: 2
bigram chili dogs: 3
bigram chili hot: 1
bigram chip sign: 1
bigram chocolate birthday: 1
bigram chocolate cake: 13
bigram chocolate cakes: 1
bigram chocolate chips: 3
bigram chocolate cupcake: 1
bigram chocolate desert: 2
bigram chocolate dessert: 3
bigram chocolate donut: 1
bigram chocolate doughnut: 1
bigram chocolate doughnuts: 1
bigram chocolate drink: 1
bigram chocolate icing: 1
bigram chocolate milkshake: 1
bigram chocolate pastry: 2
bigram chocolate pie: 1
bigram chocolate pieces: 1
bigram chocolate sauce: 1
bigram christmas decorations: 2
bigram christmas lights: 2
bigram christmas ornament: 1
bigram christmas time: 2
bigram christmas tree: 22
bigram chrome motorcycles: 1
bigram church bell: 1
bigram church building: 4
bigram church clock: 1
bigram church entrance: 1
bigram church steeple: 3
bigram church tower: 4
bigram cinnamon buns: 1
bigram cinnamon roll: 2
bigram citrus fruit: 2
bigram city area: 5
bigram city backdrop: 1
bigram city building: 1
bigram city buildings: 4
bigram city bus: 39
bigram city buses: 5
bigram city corner: 1
bigram city crosswalk: 1
bigram city features: 1
bigram city hall: 2
bigram city highway: 1
bigram city intersection: 12
bigram city map: 1
bigram city music: 1
bigram city park: 3
bigram city parking: 1
bigram city passenger: 1
bigram city road: 10
bigram city scape: 3
bigram city scene: 2
bigram city sidewalk: 11
bigram city sidewalks: 2
bigram city sign: 1
bigram city signs: 1
bigram city skyline: 4
bigram city square: 2
bigram city street: 185
bigram city streets: 5
bigram city traffic: 3
bigram city train: 1
bigram city view: 3
bigram class photo: 1
bigram class picture: 3
bigram classroom school: 1
bigram clay court: 3
bigram clay pots: 2
bigram clay tennis: 1
bigram clay vase: 1
bigram clock clock: 1
bigram clock display: 1
bigram clock displays: 1
bigram clock face: 3
bigram clock light: 1
bigram clock rests: 1
bigram clock tower: 154
bigram clock towers: 1
bigram clock town: 1
bigram closeup picture: 2
bigram cloth bag: 1
bigram cloth holders: 1
bigram clothes line: 1
bigram clothes washer: 1
bigram cloths line: 1
bigram clouds roll: 1
bigram clown suit: 2
bigram club cab: 1
bigram coach bus: 2
bigram coach buses: 1
bigram coast tour: 1
bigram cobblestone alley: 1
bigram cobblestone road: 1
bigram cobblestone surface: 1
bigram cobblestone walkway: 1
bigram coffee cake: 2
bigram coffee cream: 1
bigram coffee cup: 5
bigram coffee cups: 1
bigram coffee drink: 1
bigram coffee house: 1
bigram coffee maker: 3
bigram coffee mug: 3
bigram coffee mugs: 1
bigram coffee shop: 3
bigram coffee table: 14
bigram coffee tables: 1
bigram coin meter: 2
bigram coin purse: 1
bigram collage displays: 1
bigram collar shirt: 1
bigram color cat: 1
bigram color cats: 1
bigram color combinations: 1
bigram color fire: 1
bigram color paintings: 1
bigram color photo: 1
bigram color tiles: 1
bigram color types: 1
bigram color umbrella: 1
bigram color vanity: 1
bigram combination pizza: 1
bigram commuter bus: 4
bigram commuter city: 1
bigram commuter railway: 1
bigram commuter train: 17
bigram compartment tray: 1
bigram computer chair: 4
bigram computer class: 1
bigram computer desk: 37
bigram computer desktop: 1
bigram computer devices: 1
bigram computer equipment: 6
bigram computer game: 3
bigram computer keyboard: 22
bigram computer laptop: 1
bigram computer monitor: 26
bigram computer monitors: 16
bigram computer mouse: 15
bigram computer screen: 15
bigram computer screens: 7
bigram computer setup: 1
bigram computer station: 1
bigram computer system: 1
bigram computer table: 2
bigram computer workstation: 3
bigram concrete area: 1
bigram concrete barrier: 2
bigram concrete floor: 1
bigram concrete platform: 2
bigram concrete railing: 1
bigram concrete ramp: 2
bigram concrete seat: 1
bigram concrete skate: 1
bigram concrete slab: 1
bigram concrete staircase: 1
bigram concrete stairs: 1
bigram concrete structure: 1
bigram concrete wall: 2
bigram conference table: 1
bigram construction building: 1
bigram construction jackets: 1
bigram construction markers: 1
bigram construction outfit: 1
bigram construction site: 2
bigram construction truck: 2
bigram construction vehicle: 1
bigram construction wall: 1
bigram contact ball: 1
bigram container cars: 1
bigram containers line: 1
bigram control board: 1
bigram control buttons: 1
bigram control holder: 1
bigram control panel: 1
bigram control plane: 1
bigram control storage: 1
bigram control toilet: 1
bigram control tower: 1
bigram controller case: 1
bigram cookie style: 1
bigram copper fire: 1
bigram copper vase: 1
bigram cords wires: 1
bigram corgi dog: 1
bigram corn beef: 2
bigram corn chips: 1
bigram corn cob: 1
bigram corn mixture: 1
bigram corner basin: 1
bigram corner cabinets: 1
bigram corner sign: 2
bigram corner sink: 1
bigram corner street: 1
bigram couch piano: 1
bigram couch table: 1
bigram couches controller: 1
bigram counter bathroom: 1
bigram counter cabinets: 1
bigram counter space: 2
bigram country kitchen: 1
bigram country road: 7
bigram country runway: 1
bigram country ski: 1
bigram country skier: 8
bigram country skiers: 3
bigram country skis: 3
bigram country style: 1
bigram couple dozen: 1
bigram couple giraffes: 1
bigram couple glasses: 2
bigram couple men: 1
bigram couple pieces: 1
bigram couple skiers: 2
bigram couple slices: 1
bigram couple umbrellas: 1
bigram couples tennis: 1
bigram course dinner: 2
bigram course event: 1
bigram court order: 1
bigram court racket: 1
bigram court room: 1
bigram court runs: 1
bigram court swings: 1
bigram court waves: 1
bigram court yard: 1
bigram courtyard table: 1
bigram cow figures: 1
bigram cow figurine: 1
bigram cow grazes: 1
bigram cow rears: 1
bigram cow sculpture: 2
bigram cow statues: 1
bigram cowboy hat: 5
bigram cowboy hats: 1
bigram cows grazes: 1
bigram cows head: 1
bigram cream cheese: 1
bigram cream dessert: 1
bigram cream sauce: 1
bigram cream truck: 2
bigram crest toothpaste: 1
bigram crosses home: 1
bigram crosswalk intersection: 1
bigram cruise ship: 8
bigram cruise ships: 2
bigram crust pizza: 1
bigram crystal chandelier: 1
bigram cup cake: 2
bigram cup cakes: 1
bigram cup plate: 1
bigram cupboard space: 1
bigram cupcake holder: 1
bigram cups wit: 1
bigram curve roadway: 1
bigram cycle riders: 1
bigram dads lap: 1
bigram dairy cow: 5
bigram day bathroom: 1
bigram day bed: 2
bigram day cake: 1
bigram day house: 1
bigram day time: 5
bigram deck area: 2
bigram deck surface: 1
bigram decker boat: 1
bigram decker bus: 42
bigram decker buses: 3
bigram decker passenger: 1
bigram decker sandwich: 2
bigram decker tour: 2
bigram deli display: 1
bigram delivery box: 1
bigram delivery pizza: 1
bigram delivery service: 1
bigram delivery truck: 2
bigram delivery van: 2
bigram desert area: 1
bigram desert background: 1
bigram desert dish: 1
bigram desert habitat: 1
bigram desert type: 1
bigram desk accessories: 1
bigram desk area: 4
bigram desk computer: 1
bigram desk setup: 1
bigram desk sofa: 1
bigram desktop computer: 24
bigram desktop computers: 2
bigram desktop monitor: 2
bigram desktop monitors: 2
bigram desktop picture: 1
bigram desktop setup: 1
bigram dessert bars: 1
bigram dessert cake: 2
bigram dessert dish: 1
bigram dessert items: 2
bigram dessert plate: 1
bigram dessert shop: 1
bigram dessert table: 1
bigram dinner party: 1
bigram dinner plate: 6
bigram dinner plates: 1
bigram dinner preparation: 1
bigram dinner rolls: 1
bigram dinner speech: 1
bigram dinner table: 8
bigram dinner tray: 1
bigram direction piece: 1
bigram direction signs: 1
bigram dirt area: 6
bigram dirt bike: 9
bigram dirt bikers: 1
bigram dirt bikes: 1
bigram dirt cage: 1
bigram dirt court: 2
bigram dirt expanse: 1
bigram dirt field: 23
bigram dirt floor: 2
bigram dirt ground: 10
bigram dirt hillside: 1
bigram dirt logs: 1
bigram dirt lot: 1
bigram dirt path: 8
bigram dirt pen: 1
bigram dirt road: 31
bigram dirt roads: 1
bigram dirt surface: 1
bigram dirt track: 4
bigram dirt trail: 3
bigram dirt wall: 1
bigram disc golf: 3
bigram disc players: 1
bigram dish pizza: 2
bigram dish soap: 1
bigram dish style: 1
bigram dish washer: 4
bigram disk toy: 2
bigram display art: 1
bigram display cards: 1
bigram display case: 16
bigram display cases: 1
bigram display forms: 1
bigram display rack: 1
bigram display window: 3
bigram distance shot: 1
bigram dock area: 1
bigram doctors office: 1
bigram dog bed: 2
bigram dog bowl: 1
bigram dog cake: 1
bigram dog cart: 1
bigram dog collar: 1
bigram dog drinks: 1
bigram dog eats: 1
bigram dog herd: 1
bigram dog paddle: 1
bigram dog positions: 1
bigram dog rest: 1
bigram dog rests: 2
bigram dog runs: 5
bigram dog statues: 1
bigram dog sticks: 2
bigram dog toy: 1
bigram dog vendor: 1
bigram dogs head: 2
bigram dogs teeth: 1
bigram dogs tongue: 1
bigram doll clock: 1
bigram doll figurines: 1
bigram doll heads: 1
bigram doll parts: 1
bigram dolls head: 1
bigram dolphin cruise: 1
bigram dolphins head: 2
bigram donut holes: 1
bigram donut robot: 1
bigram donut shop: 2
bigram donuts box: 1
bigram donuts machine: 1
bigram door fridge: 1
bigram door refrigerator: 2
bigram door step: 2
bigram door train: 1
bigram door way: 2
bigram door window: 2
bigram doorway view: 1
bigram dot shade: 1
bigram dot umbrella: 1
bigram double-decker bus: 5
bigram double-decker buses: 4
bigram doughnut box: 1
bigram doughnut factory: 1
bigram doughnut holes: 3
bigram doughnut machine: 1
bigram doughnut shop: 1
bigram dozen donuts: 1
bigram dozen doughnuts: 1
bigram dress shirt: 5
bigram dress shoe: 1
bigram drink container: 1
bigram drink glasses: 2
bigram drink ingredients: 1
bigram drink someone: 1
bigram drink water: 4
bigram drinks water: 2
bigram drivers chair: 1
bigram duck advertisement: 1
bigram duck costume: 1
bigram duck lips: 1
bigram dusk time: 1
bigram dust cloud: 1
bigram duvet comforter: 1
bigram duvet style: 1
bigram dvd cases: 1
bigram dvd player: 1
bigram east village: 1
bigram eats cake: 1
bigram eats food: 2
bigram eats leaves: 2
bigram eats people: 1
bigram electronics devices: 1
bigram electronics equipment: 1
bigram elephant drinks: 1
bigram elephant family: 1
bigram elephant hat: 3
bigram elephant rests: 1
bigram elephant sign: 1
bigram elephant statue: 2
bigram elephants line: 1
bigram elephants trunk: 1
bigram emergency boat: 1
bigram emergency vehicle: 1
bigram emergency vehicles: 1
bigram enclosure habitat: 1
bigram end table: 2
bigram end tables: 1
bigram end view: 1
bigram engine airliner: 2
bigram engine airplane: 3
bigram engine number: 1
bigram engine plane: 2
bigram engine train: 2
bigram entertainment room: 1
bigram entry doors: 1
bigram entry sign: 1
bigram environment space: 1
bigram evening event: 1
bigram exercise yard: 1
bigram exit sign: 2
bigram exit signs: 1
bigram eye angle: 1
bigram eye contact: 1
bigram eye lens: 1
bigram eye shot: 1
bigram eye view: 2
bigram face balloon: 1
bigram facility area: 1
bigram family cars: 1
bigram family kitchen: 2
bigram family photos: 1
bigram family picnic: 1
bigram family room: 1
bigram fan light: 1
bigram farm animal: 1
bigram farm area: 1
bigram farm equipment: 2
bigram farm field: 2
bigram farm house: 1
bigram farm land: 1
bigram farm scene: 1
bigram farm truck: 1
bigram farmers market: 2
bigram fashion baseball: 1
bigram fashion mannequins: 1
bigram fashion sink: 1
bigram fashion vase: 1
bigram fathers shoulder: 1
bigram faucet sink: 1
bigram features steak: 1
bigram fed leaves: 1
bigram female horse: 1
bigram female kite: 1
bigram female officer: 1
bigram female skier: 3
bigram female snowboarder: 1
bigram female soccer: 1
bigram female soldiers: 1
bigram female statue: 1
bigram female surfer: 2
bigram female tennis: 17
bigram female toddler: 1
bigram female workers: 1
bigram females lap: 1
bigram fence area: 1
bigram fence gate: 1
bigram fence line: 1
bigram fence rail: 1
bigram fence railing: 1
bigram fern garden: 1
bigram fern plant: 1
bigram fighter jet: 5
bigram fighter jets: 1
bigram fighter plane: 2
bigram fighter style: 1
bigram finger foods: 2
bigram finger holes: 1
bigram fire department: 4
bigram fire engine: 2
bigram fire extinguisher: 3
bigram fire fire: 1
bigram fire hydrant: 230
bigram fire hydrants: 11
bigram fire place: 11
bigram fire station: 1
bigram fire truck: 5
bigram fire trucks: 2
bigram fireplace books: 1
bigram flag pole: 3
bigram flag symbol: 1
bigram flag umbrella: 1
bigram flags wave: 1
bigram flight board: 1
bigram floor eye: 1
bigram floor homes: 1
bigram floor space: 1
bigram floor tile: 1
bigram floor tiles: 1
bigram flower arrangement: 3
bigram flower box: 1
bigram flower decorations: 1
bigram flower display: 1
bigram flower dress: 1
bigram flower field: 1
bigram flower garden: 1
bigram flower pot: 1
bigram flower vase: 3
bigram flower vases: 2
bigram foam box: 1
bigram foam plate: 1
bigram focus image: 1
bigram foil bag: 1
bigram foil pan: 1
bigram foil plate: 1
bigram fondant cake: 1
bigram fondant stars: 2
bigram food bowl: 1
bigram food bucket: 1
bigram food car: 1
bigram food cart: 3
bigram food carts: 1
bigram food container: 1
bigram food dispenser: 1
bigram food items: 7
bigram food market: 2
bigram food pictures: 1
bigram food place: 1
bigram food plate: 1
bigram food preparation: 1
bigram food restaurant: 1
bigram food scale: 1
bigram food tray: 2
bigram food truck: 9
bigram food trucks: 5
bigram food types: 1
bigram food vendor: 1
bigram food vendors: 1
bigram foot ball: 1
bigram foot traffic: 2
bigram football field: 2
bigram football game: 2
bigram football players: 2
bigram football teams: 1
bigram foreground features: 1
bigram forest area: 1
bigram forest hillside: 1
bigram forest path: 1
bigram fork knife: 1
bigram fork rests: 1
bigram form pan: 1
bigram frame house: 2
bigram frame photo: 1
bigram frame screen: 1
bigram freeway sign: 1
bigram freight car: 1
bigram freight cars: 1
bigram freight containers: 1
bigram freight train: 7
bigram freight yard: 1
bigram french bread: 3
bigram fridge door: 1
bigram friend surf: 1
bigram friends house: 1
bigram frisbee game: 4
bigram frisbee golf: 3
bigram frisbee player: 1
bigram frisbee someone: 1
bigram frisbee type: 1
bigram frosting cell: 1
bigram frosting decorations: 1
bigram fruit basket: 1
bigram fruit bowl: 3
bigram fruit cart: 1
bigram fruit cups: 1
bigram fruit display: 1
bigram fruit drink: 1
bigram fruit market: 2
bigram fruit plate: 1
bigram fruit salad: 3
bigram fruit section: 1
bigram fruit slices: 1
bigram fruit tree: 1
bigram fruit wedges: 2
bigram fur ducks: 1
bigram furniture pad: 1
bigram furniture shop: 2
bigram furniture store: 1
bigram game birds: 1
bigram game booth: 1
bigram game case: 1
bigram game character: 1
bigram game controller: 28
bigram game controllers: 17
bigram game controls: 2
bigram game monitor: 1
bigram game remote: 4
bigram game system: 5
bigram garage area: 1
bigram garbage bag: 1
bigram garbage truck: 4
bigram garbage trucks: 1
bigram garden area: 1
bigram garden bench: 1
bigram garden salad: 1
bigram garlic bread: 1
bigram gate railing: 1
bigram giant banana: 1
bigram giant bear: 1
bigram giant beds: 1
bigram giant bowl: 1
bigram giant bull: 1
bigram giant cruise: 2
bigram giant dolls: 1
bigram giant elephant: 2
bigram giant heart: 1
bigram giant hot: 1
bigram giant ipod: 1
bigram giant pair: 1
bigram giant piece: 1
bigram giant pizza: 4
bigram giant remote: 1
bigram giant scissors: 1
bigram giant statue: 1
bigram giant suitcase: 1
bigram giant teddy: 1
bigram giant tv: 1
bigram giant wave: 1
bigram giraffe costume: 3
bigram giraffe eats: 6
bigram giraffe head: 1
bigram giraffe points: 1
bigram giraffe sculpture: 1
bigram giraffe statue: 1
bigram giraffe sticks: 1
bigram giraffes drink: 1
bigram giraffes face: 1
bigram giraffes grass: 1
bigram giraffes head: 1
bigram giraffes neck: 1
bigram giraffes stick: 1
bigram girl doll: 1
bigram girl pins: 1
bigram girl skis: 1
bigram girl statue: 1
bigram girl teddy: 1
bigram girl tennis: 1
bigram girl toddler: 1
bigram girl trip: 1
bigram girls face: 1
bigram girls pet: 1
bigram glass bottles: 1
bigram glass bowl: 9
bigram glass bowls: 4
bigram glass building: 3
bigram glass butterflies: 1
bigram glass candles: 1
bigram glass case: 4
bigram glass ceiling: 1
bigram glass chandelier: 1
bigram glass container: 2
bigram glass counter: 1
bigram glass cup: 1
bigram glass desk: 2
bigram glass door: 3
bigram glass doors: 1
bigram glass enclosure: 1
bigram glass fixtures: 1
bigram glass flower: 1
bigram glass fruit: 1
bigram glass furniture: 1
bigram glass items: 1
bigram glass jar: 2
bigram glass light: 1
bigram glass plant: 1
bigram glass plate: 3
bigram glass pots: 1
bigram glass roof: 1
bigram glass shower: 4
bigram glass sign: 1
bigram glass sinks: 2
bigram glass table: 9
bigram glass tunnel: 1
bigram glass vase: 19
bigram glass window: 9
bigram glass windows: 1
bigram glasses eats: 1
bigram gold cellphone: 1
bigram gold clock: 2
bigram gold coast: 1
bigram gold course: 1
bigram gold fire: 1
bigram gold frame: 2
bigram gold scissors: 1
bigram gold shirt: 1
bigram gold towels: 1
bigram gold vases: 1
bigram golf game: 2
bigram gourmet food: 1
bigram gourmet hamburger: 1
bigram gourmet pizza: 1
bigram gourmet sandwich: 1
bigram graffiti wall: 1
bigram grandfather clock: 3
bigram granite counter: 2
bigram granite counters: 1
bigram granite countertop: 2
bigram granite vanity: 1
bigram grass area: 2
bigram grass circle: 1
bigram grass corner: 1
bigram grass court: 6
bigram grass driveway: 1
bigram grass field: 33
bigram grass land: 1
bigram grass park: 1
bigram grass surface: 1
bigram grass tennis: 2
bigram grass trees: 2
bigram grass umbrellas: 1
bigram grass yard: 2
bigram grass zoo: 1
bigram gravel ground: 1
bigram gravel lot: 2
bigram gravel road: 4
bigram grizzly bear: 6
bigram grocery cart: 1
bigram grocery store: 3
bigram grocery story: 1
bigram ground transportation: 1
bigram ground view: 2
bigram group paddles: 1
bigram group photo: 4
bigram group picture: 3
bigram group trees: 1
bigram growth pattern: 1
bigram guard rail: 1
bigram guard station: 1
bigram guy jumps: 2
bigram guys horseback: 1
bigram hair day: 1
bigram hair dryer: 11
bigram hair growth: 1
bigram hair towel: 1
bigram hall way: 2
bigram hallway table: 1
bigram ham broccoli: 1
bigram ham pizza: 2
bigram ham sandwich: 2
bigram ham sandwiches: 1
bigram ham slices: 1
bigram hammer time: 1
bigram hand bag: 2
bigram hand dispenser: 1
bigram hand dryers: 1
bigram hand gestures: 1
bigram hand mirror: 1
bigram hand pets: 1
bigram hand rail: 4
bigram hand rails: 1
bigram hand soap: 1
bigram handicap rail: 1
bigram handicap sign: 2
bigram handicap space: 1
bigram handicap toilet: 1
bigram handle bars: 1
bigram harbor bay: 1
bigram hardwood cabinets: 1
bigram hardwood floors: 4
bigram hay ground: 1
bigram head baseball: 1
bigram head beams: 1
bigram head board: 3
bigram head doll: 1
bigram head girl: 1
bigram head piece: 1
bigram head scarf: 1
bigram head shot: 1
bigram head view: 1
bigram heel boots: 1
bigram herd animals: 1
bigram highway barrier: 1
bigram highway road: 1
bigram highway sign: 1
bigram hill hospital: 1
bigram hill maneuvers: 1
bigram hill slope: 1
bigram hockey players: 1
bigram hockey stick: 4
bigram hollywood street: 1
bigram hollywood streets: 1
bigram home bar: 2
bigram home base: 4
bigram home computer: 1
bigram home desk: 1
bigram home garden: 1
bigram home kitchen: 5
bigram home living: 2
bigram home magazine: 1
bigram home office: 8
bigram home plate: 34
bigram hood jacket: 1
bigram horn bull: 1
bigram horse carriage: 1
bigram horse grazes: 1
bigram horse jumps: 3
bigram horse number: 1
bigram horse park: 1
bigram horse race: 2
bigram horse rider: 2
bigram horse riders: 1
bigram horse stall: 1
bigram horse statue: 3
bigram horse trailer: 2
bigram horseback rider: 1
bigram horses line: 1
bigram horses race: 1
bigram hospital bed: 6
bigram hospital room: 4
bigram hot air: 1
bigram hot dog: 67
bigram hot dogs: 35
bigram hotdog bun: 1
bigram hotel bathroom: 5
bigram hotel bedroom: 1
bigram hotel buildings: 2
bigram hotel curtains: 1
bigram hotel desk: 1
bigram hotel guests: 1
bigram hotel reception: 1
bigram hotel room: 28
bigram hotel suite: 2
bigram house cat: 1
bigram house plants: 1
bigram house porch: 1
bigram house window: 1
bigram hydrant location: 1
bigram ice bucket: 3
bigram ice chest: 1
bigram ice coolers: 1
bigram ice cream: 9
bigram ice dispenser: 1
bigram ice hockey: 1
bigram ice skates: 1
bigram ice water: 1
bigram icing doughnut: 1
bigram images form: 1
bigram indian man: 1
bigram indian woman: 1
bigram individual stations: 1
bigram interior bathroom: 1
bigram intersection road: 1
bigram intersection sign: 1
bigram ipod advertisement: 1
bigram iron fence: 4
bigram iron hands: 1
bigram iron heats: 1
bigram iron roof: 1
bigram iron stove: 1
bigram iron style: 1
bigram iron table: 1
bigram island beach: 1
bigram jean jacket: 1
bigram jean skirt: 3
bigram jelly donuts: 1
bigram jelly sandwiches: 1
bigram jersey cows: 1
bigram jet air: 1
bigram jet airline: 1
bigram jet airliner: 2
bigram jet airplane: 12
bigram jet airplanes: 1
bigram jet bridge: 1
bigram jet fighter: 3
bigram jet liner: 2
bigram jet plane: 8
bigram jet planes: 1
bigram jet way: 1
bigram jetliner wing: 2
bigram jewelry display: 2
bigram jewelry store: 1
bigram jockeys races: 1
bigram joke stop: 1
bigram jump action: 1
bigram jump rope: 3
bigram jump trick: 2
bigram jungle area: 1
bigram jungle habitat: 1
bigram junk appliances: 1
bigram junk sale: 1
bigram key bank: 2
bigram key board: 1
bigram kid jumps: 1
bigram kitchen appliances: 4
bigram kitchen area: 16
bigram kitchen areas: 1
bigram kitchen assembly: 1
bigram kitchen bar: 1
bigram kitchen cabinet: 2
bigram kitchen cabinets: 1
bigram kitchen counter: 35
bigram kitchen countertop: 1
bigram kitchen features: 1
bigram kitchen floor: 4
bigram kitchen furniture: 1
bigram kitchen interior: 1
bigram kitchen island: 2
bigram kitchen items: 1
bigram kitchen line: 1
bigram kitchen marble: 1
bigram kitchen range: 1
bigram kitchen renovation: 1
bigram kitchen scene: 2
bigram kitchen setup: 1
bigram kitchen shelf: 1
bigram kitchen sink: 8
bigram kitchen stove: 3
bigram kitchen table: 6
bigram kitchen utensils: 3
bigram kitchen view: 3
bigram kite sails: 1
bigram kite string: 2
bigram kite surfer: 7
bigram kite type: 1
bigram kites pepper: 1
bigram kitty case: 1
bigram kitty cat: 3
bigram kitty face: 1
bigram kitty phone: 2
bigram knee pads: 1
bigram knife block: 1
bigram lab coat: 3
bigram lake scene: 1
bigram lake theme: 1
bigram lamppost clock: 1
bigram land area: 1
bigram land hills: 1
bigram landing airplane: 1
bigram landing strip: 2
bigram landscape view: 1
bigram lane marker: 1
bigram lane road: 2
bigram lane roadway: 1
bigram lane street: 1
bigram lane symbol: 1
bigram laptop computer: 115
bigram laptop computers: 9
bigram laptop keyboard: 5
bigram laptop keys: 1
bigram laptop monitor: 1
bigram laptop screen: 9
bigram laptop screens: 1
bigram laundry room: 2
bigram lawn chair: 1
bigram lawn chairs: 2
bigram lawn decorations: 1
bigram lawn type: 1
bigram layer cake: 5
bigram layer fondant: 1
bigram layer wedding: 1
bigram league baseball: 8
bigram league batter: 1
bigram league game: 2
bigram league player: 1
bigram league team: 1
bigram leash harness: 1
bigram leather chair: 1
bigram leather couch: 1
bigram leather couches: 4
bigram leather furniture: 1
bigram leather hammock: 1
bigram leather purse: 1
bigram leather sofa: 1
bigram leather sofas: 1
bigram lego controller: 1
bigram lego desk: 1
bigram lego figures: 1
bigram lego toys: 1
bigram lemon slice: 1
bigram lemon slices: 2
bigram lemon tree: 2
bigram lemon wedge: 1
bigram lemon wedges: 1
bigram lens attachment: 1
bigram leopard robe: 2
bigram lettuce slice: 1
bigram level book: 1
bigram level pasture: 1
bigram library book: 1
bigram library bus: 2
bigram library children: 1
bigram library shelves: 1
bigram library way: 3
bigram life boat: 1
bigram life guard: 1
bigram life jacket: 1
bigram life size: 1
bigram life vest: 1
bigram lifeguard station: 1
bigram light decorations: 1
bigram light fixture: 1
bigram light house: 2
bigram light meal: 1
bigram light patterns: 1
bigram light pole: 12
bigram light poles: 2
bigram light traffic: 1
bigram lights light: 1
bigram line phone: 1
bigram line today: 1
bigram linen closet: 1
bigram lines passenger: 1
bigram liquor bottles: 3
bigram livestock yard: 1
bigram living room: 308
bigram lobby area: 1
bigram logo boat: 1
bigram logo sign: 2
bigram london england: 1
bigram london eye: 1
bigram longhorn bull: 2
bigram longhorn cattle: 1
bigram lot airliner: 1
bigram lot features: 1
bigram lot meter: 1
bigram luggage bag: 10
bigram luggage bags: 2
bigram luggage cart: 1
bigram luggage carts: 1
bigram luggage rack: 2
bigram luggage rests: 1
bigram luggage suitcases: 3
bigram lunch bowl: 1
bigram lunch box: 3
bigram lunch table: 1
bigram lunch today: 1
bigram lunch tray: 1
bigram mac book: 1
bigram mac laptop: 2
bigram madison avenue: 2
bigram magazine area: 1
bigram magazine rack: 1
bigram male bartender: 1
bigram male baseball: 3
bigram male child: 1
bigram male children: 1
bigram male doctor: 1
bigram male farmer: 1
bigram male horse: 1
bigram male passenger: 1
bigram male skateboarder: 9
bigram male skateboarders: 1
bigram male skater: 1
bigram male skier: 3
bigram male snowboarder: 1
bigram male surfer: 6
bigram male surfers: 1
bigram male tennis: 33
bigram man balances: 3
bigram man blows: 2
bigram man cake: 1
bigram man eats: 3
bigram man films: 2
bigram man jumps: 3
bigram man kind: 1
bigram man knees: 1
bigram man lights: 1
bigram man opening: 3
bigram man para: 1
bigram man pets: 2
bigram man photographs: 1
bigram man purses: 1
bigram man races: 1
bigram man skate: 1
bigram man skateboard: 1
bigram man skateboards: 1
bigram man skis: 2
bigram man slices: 2
bigram man snow: 2
bigram man snowboards: 1
bigram man sprays: 2
bigram man sticks: 1
bigram man surfs: 2
bigram man swings: 4
bigram man types: 3
bigram man waves: 1
bigram mannequins display: 1
bigram map art: 1
bigram marble counter: 4
bigram marble display: 1
bigram marble table: 2
bigram marble tabletop: 1
bigram marble tiles: 1
bigram marina area: 1
bigram marker sign: 1
bigram market area: 3
bigram market building: 1
bigram market display: 1
bigram market fruit: 1
bigram market place: 1
bigram market stall: 1
bigram market street: 2
bigram marsh area: 1
bigram mass transit: 3
bigram meal features: 1
bigram meat patties: 2
bigram meat pizza: 1
bigram meat sandwich: 4
bigram meat veggies: 1
bigram meatball sandwich: 1
bigram media device: 1
bigram medicine cabinet: 4
bigram medium carrot: 1
bigram memorial bench: 1
bigram memorial park: 1
bigram memorial plaque: 1
bigram men race: 2
bigram men rest: 1
bigram men skate: 1
bigram men ski: 1
bigram metal appliances: 1
bigram metal bar: 1
bigram metal beam: 1
bigram metal bench: 3
bigram metal benches: 1
bigram metal blender: 2
bigram metal boat: 1
bigram metal bowl: 4
bigram metal boxes: 1
bigram metal bucket: 1
bigram metal chair: 1
bigram metal clock: 4
bigram metal cloth: 1
bigram metal collar: 1
bigram metal commode: 1
bigram metal counter: 1
bigram metal cup: 1
bigram metal cups: 1
bigram metal fence: 10
bigram metal fork: 1
bigram metal frame: 1
bigram metal hand: 2
bigram metal jar: 1
bigram metal object: 2
bigram metal pan: 3
bigram metal park: 4
bigram metal pie: 1
bigram metal piece: 1
bigram metal plates: 1
bigram metal platform: 1
bigram metal pole: 11
bigram metal poles: 1
bigram metal pot: 1
bigram metal rack: 2
bigram metal rail: 2
bigram metal railing: 2
bigram metal scissors: 1
bigram metal sculpture: 2
bigram metal sheet: 1
bigram metal ship: 1
bigram metal statue: 2
bigram metal stools: 1
bigram metal string: 1
bigram metal structure: 2
bigram metal surface: 1
bigram metal table: 1
bigram metal toilet: 1
bigram metal tongs: 1
bigram metal tracks: 1
bigram metal tray: 2
bigram metal trays: 1
bigram metal wall: 1
bigram meter street: 1
bigram meters line: 2
bigram metro area: 1
bigram metro bus: 3
bigram metro style: 2
bigram metro train: 1
bigram mexican flags: 1
bigram mexican food: 4
bigram mexican restaurant: 1
bigram microwave oven: 17
bigram microwave ovens: 1
bigram milk advertisements: 1
bigram milk bottle: 1
bigram milk truck: 1
bigram miniature bananas: 1
bigram miniature clock: 1
bigram miniature horse: 1
bigram mint leaves: 1
bigram mirror image: 1
bigram mirror reflection: 1
bigram mirror shot: 1
bigram mobile phone: 7
bigram mobile phones: 1
bigram model kitchen: 1
bigram model phone: 1
bigram model toys: 1
bigram monitor screen: 1
bigram monitor screens: 1
bigram moon beer: 1
bigram moon light: 1
bigram mopeds line: 1
bigram mosaic photograph: 1
bigram mosaic tiles: 1
bigram motel room: 1
bigram mother bear: 1
bigram mother cow: 2
bigram mother elephant: 5
bigram mother giraffe: 2
bigram mother goat: 1
bigram mother zebra: 1
bigram motion blur: 2
bigram motion view: 1
bigram motor bike: 20
bigram motor bikes: 6
bigram motor cycle: 4
bigram motor cycles: 5
bigram motor scooter: 5
bigram motor scooters: 6
bigram motor vehicle: 1
bigram motor vehicles: 1
bigram motorbike crowd: 1
bigram motorcycle club: 1
bigram motorcycle cop: 1
bigram motorcycle frame: 1
bigram motorcycle helmet: 1
bigram motorcycle helmets: 1
bigram motorcycle leathers: 1
bigram motorcycle mirror: 1
bigram motorcycle rests: 1
bigram motorcycle rider: 3
bigram motorcycle riders: 3
bigram motorcycle traffic: 1
bigram motorcycle wheel: 1
bigram motorcycles line: 1
bigram mountain backdrop: 1
bigram mountain goat: 1
bigram mountain goats: 3
bigram mountain goers: 1
bigram mountain highway: 1
bigram mountain lake: 1
bigram mountain meadow: 1
bigram mountain peak: 1
bigram mountain range: 6
bigram mountain road: 2
bigram mountain slope: 9
bigram mountain stream: 1
bigram mountain town: 1
bigram mountain view: 1
bigram mouse cords: 1
bigram movie advertisement: 1
bigram movie scene: 1
bigram movie screen: 1
bigram museum bus: 1
bigram museum displays: 1
bigram museum window: 1
bigram music hall: 1
bigram music player: 1
bigram mustaches dress: 1
bigram mustang car: 2
bigram name bracelet: 1
bigram name sign: 1
bigram name signs: 1
bigram napkin holder: 2
bigram napkin sculpture: 1
bigram nature trail: 2
bigram neck tie: 7
bigram neck ties: 1
bigram neighborhood intersection: 2
bigram neighborhood road: 1
bigram neighborhood street: 1
bigram neon frisbee: 2
bigram neon lights: 1
bigram neon vests: 1
bigram night features: 1
bigram night gown: 1
bigram night hours: 1
bigram night night: 1
bigram night picture: 1
bigram night scene: 4
bigram night sky: 5
bigram night time: 14
bigram noodle salad: 1
bigram notebook computer: 5
bigram number bed: 1
bigram number zebras: 1
bigram oak cabinets: 1
bigram oak doors: 1
bigram oak floors: 1
bigram obstacle course: 2
bigram ocean beach: 5
bigram ocean scene: 1
bigram ocean shore: 1
bigram ocean surface: 1
bigram ocean view: 1
bigram ocean water: 1
bigram ocean waters: 1
bigram ocean wave: 6
bigram ocean waves: 5
bigram oceans water: 1
bigram office box: 1
bigram office building: 5
bigram office buildings: 1
bigram office chair: 6
bigram office cubicle: 3
bigram office desk: 17
bigram office environment: 1
bigram office furniture: 1
bigram office kitchen: 1
bigram office material: 1
bigram office materials: 1
bigram office products: 1
bigram office space: 3
bigram office view: 1
bigram onion balls: 1
bigram onion slice: 1
bigram opening boxes: 1
bigram orange backpack: 1
bigram orange ball: 1
bigram orange bat: 1
bigram orange bathroom: 1
bigram orange beak: 1
bigram orange beaks: 1
bigram orange beverage: 1
bigram orange bird: 1
bigram orange birds: 1
bigram orange blanket: 1
bigram orange board: 1
bigram orange boat: 3
bigram orange bowl: 2
bigram orange bucket: 1
bigram orange bus: 1
bigram orange cake: 1
bigram orange cat: 21
bigram orange cats: 1
bigram orange chair: 5
bigram orange color: 1
bigram orange cone: 2
bigram orange cones: 5
bigram orange couch: 4
bigram orange court: 1
bigram orange disc: 1
bigram orange disk: 1
bigram orange dog: 1
bigram orange dress: 2
bigram orange drink: 1
bigram orange fire: 7
bigram orange flag: 1
bigram orange flowers: 1
bigram orange frisbee: 2
bigram orange fruit: 2
bigram orange fruits: 1
bigram orange fur: 1
bigram orange hair: 2
bigram orange handles: 2
bigram orange jackets: 1
bigram orange jersey: 2
bigram orange juice: 8
bigram orange kitchen: 1
bigram orange pen: 1
bigram orange pieces: 1
bigram orange pizza: 1
bigram orange rag: 1
bigram orange room: 1
bigram orange roses: 1
bigram orange safety: 1
bigram orange shirt: 4
bigram orange shirts: 2
bigram orange shower: 3
bigram orange sign: 2
bigram orange slice: 7
bigram orange slices: 5
bigram orange sofa: 1
bigram orange street: 1
bigram orange suitcases: 1
bigram orange sweater: 2
bigram orange t-shirt: 2
bigram orange tennis: 1
bigram orange tie: 2
bigram orange trailers: 1
bigram orange train: 13
bigram orange tree: 1
bigram orange truck: 1
bigram orange type: 1
bigram orange umbrella: 5
bigram orange uniforms: 2
bigram orange vests: 1
bigram orange walls: 5
bigram orange wedge: 2
bigram orange wedges: 1
bigram origami birds: 3
bigram outfield baseball: 1
bigram oven door: 5
bigram oven sink: 1
bigram oven stove: 2
bigram oven unit: 1
bigram overcast day: 3
bigram overcast sky: 1
bigram overcast weather: 1
bigram overpass bridge: 1
bigram overpass walkway: 2
bigram overview image: 1
bigram pack horse: 1
bigram paddle board: 1
bigram paddle boarder: 2
bigram paddle boats: 3
bigram palm tree: 12
bigram palm trees: 12
bigram pan cakes: 2
bigram panda bear: 10
bigram panel monitors: 1
bigram panel truck: 1
bigram paper bag: 4
bigram paper box: 1
bigram paper cards: 1
bigram paper container: 2
bigram paper containers: 1
bigram paper cranes: 1
bigram paper cup: 1
bigram paper cupcake: 1
bigram paper cups: 1
bigram paper dispenser: 2
bigram paper flower: 1
bigram paper hat: 1
bigram paper holder: 2
bigram paper holders: 1
bigram paper images: 1
bigram paper kites: 3
bigram paper napkin: 1
bigram paper plate: 15
bigram paper plates: 2
bigram paper roll: 1
bigram paper roller: 1
bigram paper towel: 4
bigram para sail: 3
bigram para sailor: 2
bigram para sailors: 1
bigram parasol umbrella: 1
bigram park area: 6
bigram park beach: 1
bigram park bench: 74
bigram park benches: 10
bigram park enclosure: 1
bigram park land: 1
bigram park lot: 1
bigram park scene: 1
bigram parka style: 1
bigram parking meter: 70
bigram parking meters: 17
bigram parmesan cheese: 1
bigram parmesan sandwich: 1
bigram party boat: 1
bigram party bus: 1
bigram party dress: 1
bigram party food: 1
bigram party goers: 1
bigram party guests: 1
bigram party hat: 1
bigram party hats: 1
bigram passenger airplane: 3
bigram passenger airplanes: 1
bigram passenger boat: 1
bigram passenger bus: 18
bigram passenger buses: 1
bigram passenger cars: 1
bigram passenger door: 1
bigram passenger jet: 11
bigram passenger jets: 1
bigram passenger plane: 1
bigram passenger rail: 3
bigram passenger seat: 2
bigram passenger sign: 1
bigram passenger train: 35
bigram passenger trains: 2
bigram passenger trolley: 1
bigram passengers board: 3
bigram pasta dish: 2
bigram pasta entree: 1
bigram pasta salad: 4
bigram pastry dessert: 1
bigram pastry desserts: 1
bigram pastry dish: 1
bigram pastry item: 1
bigram pastry items: 2
bigram pastry shop: 1
bigram pastry station: 1
bigram patio area: 1
bigram patio deck: 1
bigram patio roof: 1
bigram patio table: 1
bigram patio umbrella: 2
bigram pavement course: 1
bigram pavement sign: 1
bigram pc computers: 1
bigram peach flowers: 1
bigram pedestal clock: 1
bigram pedestal sink: 3
bigram peg board: 1
bigram people board: 1
bigram people eats: 1
bigram people food: 1
bigram people guys: 1
bigram people kite: 1
bigram people line: 3
bigram people opening: 1
bigram people paddle: 1
bigram people people: 1
bigram people point: 1
bigram people race: 1
bigram people row: 1
bigram people skateboard: 1
bigram people surf: 1
bigram pepper salad: 1
bigram pepper shaker: 2
bigram pepper strips: 1
bigram pepperoni pizza: 12
bigram pepsi soda: 1
bigram period buildings: 1
bigram period costume: 2
bigram person aircraft: 1
bigram person crosses: 1
bigram person foot: 1
bigram person hand: 1
bigram person jumps: 1
bigram person kite: 1
bigram person parachute: 1
bigram person pets: 1
bigram person practices: 1
bigram person skis: 2
bigram person slices: 1
bigram person snow: 1
bigram person snowboards: 1
bigram person sprays: 1
bigram pet animals: 1
bigram pet dogs: 1
bigram pet pig: 1
bigram phone calculator: 1
bigram phone camera: 3
bigram phone case: 1
bigram phone cord: 1
bigram phone displays: 1
bigram phone holder: 1
bigram phone lines: 1
bigram phone messages: 1
bigram phone pole: 1
bigram phone screwdriver: 1
bigram phone tie: 1
bigram phone wire: 1
bigram photo bicycle: 1
bigram photo combination: 1
bigram photograph boys: 1
bigram photograph portrait: 1
bigram photography equipment: 2
bigram piano lights: 1
bigram pickup line: 1
bigram pickup truck: 10
bigram pickup trucks: 1
bigram picnic bench: 1
bigram picnic blanket: 1
bigram picnic blankets: 1
bigram picnic food: 1
bigram picnic scene: 1
bigram picnic table: 24
bigram picture book: 4
bigram picture collage: 2
bigram picture frame: 2
bigram picture frames: 1
bigram picture windows: 1
bigram pie crust: 4
bigram pie pans: 1
bigram pie plate: 2
bigram pig tails: 1
bigram pin stripe: 1
bigram pine tree: 1
bigram pine trees: 1
bigram pine woods: 1
bigram pineapple pizza: 1
bigram pipe snowboarder: 1
bigram pipe system: 1
bigram pirate hat: 2
bigram pirate skull: 1
bigram pirates hat: 1
bigram pit bull: 2
bigram pitcher winds: 1
bigram pitchers mound: 1
bigram pizza box: 10
bigram pizza boxes: 3
bigram pizza buffet: 1
bigram pizza casserole: 1
bigram pizza chef: 1
bigram pizza crust: 2
bigram pizza cutter: 2
bigram pizza dinner: 1
bigram pizza hut: 1
bigram pizza oven: 1
bigram pizza paddles: 1
bigram pizza pan: 2
bigram pizza party: 1
bigram pizza pepperoni: 1
bigram pizza pie: 12
bigram pizza pies: 1
bigram pizza slice: 3
bigram pizza slices: 1
bigram pizza stone: 2
bigram pizza tin: 1
bigram pizza tray: 1
bigram pizza upside: 1
bigram pizza varieties: 1
bigram place cards: 1
bigram place mat: 1
bigram plaid bed: 1
bigram plaid bedspread: 2
bigram plaid blanket: 2
bigram plaid cloth: 1
bigram plaid comforter: 1
bigram plaid couch: 1
bigram plaid furniture: 1
bigram plaid hat: 1
bigram plaid shirt: 2
bigram plane landing: 1
bigram plane lands: 1
bigram plane leaves: 1
bigram plane site: 1
bigram plane wing: 1
bigram plant parts: 1
bigram plant vase: 1
bigram plastic apple: 1
bigram plastic bag: 2
bigram plastic bags: 1
bigram plastic baseball: 3
bigram plastic bat: 2
bigram plastic blocks: 1
bigram plastic bottle: 3
bigram plastic bottles: 2
bigram plastic bowl: 2
bigram plastic bucket: 1
bigram plastic bun: 1
bigram plastic container: 2
bigram plastic containers: 7
bigram plastic cow: 1
bigram plastic cups: 1
bigram plastic dish: 1
bigram plastic display: 1
bigram plastic doll: 1
bigram plastic drink: 1
bigram plastic fork: 1
bigram plastic frisbee: 1
bigram plastic gloves: 1
bigram plastic horse: 1
bigram plastic hot: 2
bigram plastic hotdog: 1
bigram plastic laptop: 1
bigram plastic name: 1
bigram plastic package: 1
bigram plastic plate: 2
bigram plastic toy: 1
bigram plastic tray: 1
bigram plastic tree: 1
bigram plastic utensil: 1
bigram plastic walls: 1
bigram plate laptop: 1
bigram platters display: 1
bigram player crosses: 1
bigram player delivery: 1
bigram player eyes: 1
bigram player jumps: 2
bigram player number: 2
bigram player runs: 3
bigram player sticks: 1
bigram player swing: 1
bigram player swings: 6
bigram player winds: 1
bigram players cluster: 1
bigram players practice: 1
bigram playground area: 1
bigram plow blade: 1
bigram plow truck: 1
bigram pocket knife: 1
bigram pocket pc: 1
bigram point directions: 1
bigram polar bear: 41
bigram pole clock: 1
bigram pole sports: 1
bigram police box: 1
bigram police man: 1
bigram police motorcycle: 4
bigram police officer: 8
bigram police officers: 1
bigram police trucks: 1
bigram police uniform: 1
bigram police vehicles: 1
bigram polka dot: 2
bigram polka dots: 1
bigram poodle puppy: 1
bigram porcelain figurines: 1
bigram porcelain pedestal: 1
bigram porcelain pieces: 1
bigram porcelain tea: 1
bigram port river: 1
bigram port run: 1
bigram portrait picture: 1
bigram poster bed: 1
bigram pot holder: 2
bigram potato chip: 2
bigram potato chips: 1
bigram potato wedges: 1
bigram potatoes pan: 1
bigram potatoes veggies: 1
bigram pots bowls: 1
bigram pottery bowl: 1
bigram pottery vases: 1
bigram powder room: 1
bigram power button: 1
bigram power lines: 10
bigram power poles: 1
bigram practice swings: 1
bigram preparation equipment: 1
bigram princess crowns: 1
bigram princess phone: 1
bigram prop airplane: 1
bigram prop plane: 4
bigram propeller air: 1
bigram propeller airplane: 2
bigram propeller plane: 7
bigram pub sign: 1
bigram queen bed: 1
bigram queens bronx: 2
bigram quilt comforter: 1
bigram rabbit figure: 1
bigram race bicycles: 1
bigram race course: 2
bigram race jumps: 1
bigram race track: 5
bigram race tracks: 1
bigram race trail: 1
bigram races horses: 1
bigram rack bottles: 1
bigram radio city: 2
bigram radio tower: 1
bigram rail bridge: 1
bigram rail car: 1
bigram rail cars: 1
bigram rail line: 1
bigram rail road: 7
bigram rail tracks: 1
bigram rail train: 2
bigram rail trolley: 1
bigram rail workers: 1
bigram rail yard: 4
bigram railroad cars: 1
bigram railroad track: 6
bigram railroad tracks: 18
bigram railroad train: 2
bigram railroad yard: 1
bigram railway car: 1
bigram railway cars: 1
bigram railway line: 1
bigram railway platform: 3
bigram railway station: 2
bigram rain boots: 4
bigram rain coat: 2
bigram rain jackets: 1
bigram rainbow train: 1
bigram rainbow umbrella: 3
bigram ramp jump: 1
bigram ramp places: 1
bigram rays uniform: 1
bigram rear tire: 1
bigram rear view: 11
bigram rear window: 1
bigram reception area: 1
bigram reception hall: 1
bigram refrigerator door: 4
bigram refrigerator freezer: 14
bigram refrigerator freezers: 1
bigram refrigerator stove: 1
bigram remote area: 1
bigram remote control: 30
bigram remote controller: 3
bigram remote controllers: 7
bigram remote controls: 5
bigram remote game: 1
bigram rest room: 9
bigram restaurant booth: 2
bigram restaurant characters: 1
bigram restaurant counter: 1
bigram restaurant interior: 1
bigram restaurant kitchen: 4
bigram restaurant owner: 1
bigram restaurant photographs: 1
bigram restaurant sign: 1
bigram restaurant table: 6
bigram restaurant tables: 1
bigram restaurant windows: 1
bigram restroom mirror: 1
bigram restroom stall: 1
bigram restroom toilet: 2
bigram rests head: 1
bigram rice bowl: 1
bigram rice soup: 1
bigram river bank: 1
bigram river beach: 1
bigram river dolphin: 1
bigram river stream: 1
bigram river view: 1
bigram rivers edge: 1
bigram road barrier: 1
bigram road bicycle: 1
bigram road drawing: 1
bigram road line: 1
bigram road names: 1
bigram road sign: 21
bigram road signage: 2
bigram road signs: 7
bigram road track: 1
bigram road tracks: 6
bigram road way: 1
bigram roadside eatery: 1
bigram roadside junk: 1
bigram roadside vendor: 1
bigram roadway area: 1
bigram robot machine: 1
bigram robot tie: 1
bigram rock area: 1
bigram rock cliffs: 1
bigram rock corner: 1
bigram rock face: 2
bigram rock fence: 1
bigram rock formation: 3
bigram rock ground: 1
bigram rock path: 1
bigram rock pier: 1
bigram rock pile: 1
bigram rock road: 1
bigram rock wall: 10
bigram rock walls: 1
bigram rocks boulders: 1
bigram rodeo area: 1
bigram rodeo arena: 1
bigram rodeo clowns: 1
bigram rodeo event: 2
bigram roll holders: 1
bigram roll sandwich: 1
bigram roller bag: 1
bigram roller luggage: 1
bigram roller skates: 2
bigram room area: 8
bigram room arrangement: 1
bigram room bed: 2
bigram room chair: 2
bigram room displays: 1
bigram room features: 1
bigram room furniture: 2
bigram room kitchen: 1
bigram room lights: 1
bigram room mirror: 1
bigram room people: 1
bigram room rainbows: 1
bigram room scene: 3
bigram room sink: 1
bigram room stuff: 1
bigram room table: 8
bigram room type: 1
bigram room view: 1
bigram rose flowers: 1
bigram rose petals: 3
bigram rose wallpaper: 1
bigram row boat: 6
bigram row boats: 1
bigram rubber ball: 1
bigram rubber boots: 1
bigram run way: 7
bigram rundown bathroom: 1
bigram rundown building: 3
bigram rundown kitchen: 1
bigram saddle eats: 1
bigram safety equipment: 1
bigram safety jackets: 1
bigram safety line: 1
bigram safety pads: 2
bigram safety rail: 1
bigram safety vest: 1
bigram sail boat: 10
bigram sail boats: 3
bigram sail handle: 1
bigram sail rope: 1
bigram sailboat sails: 1
bigram salad bowl: 1
bigram salad ingredients: 1
bigram salad sandwiches: 1
bigram sale signs: 1
bigram salt shaker: 1
bigram sand lot: 1
bigram sand water: 1
bigram sandwich bag: 1
bigram sandwich board: 1
bigram sandwich bread: 1
bigram sandwich cookie: 1
bigram sandwich display: 1
bigram sandwich features: 1
bigram sandwich lunch: 1
bigram sandwich roll: 1
bigram sandwich slices: 1
bigram santa costume: 1
bigram santa hat: 3
bigram saucer clock: 1
bigram sausage patties: 1
bigram sausage tomato: 1
bigram savannah grass: 1
bigram scape scene: 1
bigram scene displays: 1
bigram scene photo: 1
bigram school boys: 2
bigram school bus: 28
bigram school buses: 1
bigram school child: 1
bigram school children: 2
bigram school class: 1
bigram school girl: 1
bigram school lunch: 1
bigram school picture: 2
bigram school skirt: 1
bigram school uniform: 1
bigram scissors rest: 1
bigram scooter seat: 1
bigram screen area: 1
bigram screen displays: 1
bigram screen monitor: 2
bigram screen presentation: 1
bigram screen television: 3
bigram screen tv: 19
bigram sea airplane: 1
bigram sea bird: 1
bigram sea birds: 1
bigram sea foam: 1
bigram sea food: 1
bigram sea horses: 3
bigram sea shells: 2
bigram sea shore: 1
bigram seat lid: 2
bigram security cameras: 1
bigram security employee: 1
bigram security officer: 3
bigram seed bun: 1
bigram seed patties: 1
bigram self photo: 1
bigram self portrait: 5
bigram self service: 2
bigram semi trailer: 1
bigram semi truck: 5
bigram semi trucks: 1
bigram service line: 1
bigram service man: 1
bigram service truck: 2
bigram sesame seed: 2
bigram sesame seeds: 1
bigram shade tree: 1
bigram shade umbrellas: 1
bigram shark picture: 1
bigram sheet cake: 6
bigram shelf space: 1
bigram ship yard: 1
bigram shirt eats: 1
bigram shirt glasses: 1
bigram shirt grass: 1
bigram shirt skirt: 1
bigram shop wall: 1
bigram shop window: 3
bigram shore line: 2
bigram shot glass: 1
bigram shower base: 2
bigram shower basin: 1
bigram shower combination: 1
bigram shower curtain: 15
bigram shower curtains: 1
bigram shower door: 4
bigram shower head: 2
bigram shower pole: 1
bigram shower room: 2
bigram shower stall: 10
bigram shower toilet: 1
bigram shower wall: 1
bigram shrub growth: 1
bigram shutter speed: 2
bigram sidewalk curb: 1
bigram sidewalk grass: 1
bigram sidewalk railing: 1
bigram sidewalk scene: 1
bigram sign grass: 1
bigram sign intersection: 1
bigram sign points: 2
bigram sign shape: 1
bigram signal light: 1
bigram signal lights: 1
bigram signs point: 2
bigram signs states: 1
bigram sill planter: 1
bigram sink area: 1
bigram sink bowl: 1
bigram sink cabinets: 1
bigram sink combination: 1
bigram sink counter: 3
bigram sink drink: 1
bigram sink faucet: 3
bigram sink fixtures: 1
bigram sink mirror: 1
bigram sink vanity: 2
bigram sink view: 1
bigram sink wit: 1
bigram size bed: 1
bigram size dog: 1
bigram size portion: 1
bigram size trees: 1
bigram skate board: 70
bigram skate boarder: 7
bigram skate boarders: 4
bigram skate boards: 2
bigram skate park: 34
bigram skate ramp: 2
bigram skate run: 1
bigram skateboard competition: 1
bigram skateboard deck: 1
bigram skateboard jumps: 2
bigram skateboard park: 3
bigram skateboard rail: 1
bigram skateboard ramp: 4
bigram skateboard rider: 1
bigram skateboard trick: 11
bigram skateboard tricks: 5
bigram skateboarder balances: 1
bigram skateboarder jumps: 2
bigram skateboarder skateboards: 1
bigram skateboarder skates: 1
bigram skateboarder tips: 1
bigram skateboarders trick: 1
bigram skateboards sign: 1
bigram skater jumps: 1
bigram ski area: 2
bigram ski attire: 1
bigram ski board: 1
bigram ski boarder: 1
bigram ski boards: 1
bigram ski boots: 1
bigram ski competition: 1
bigram ski course: 1
bigram ski edges: 1
bigram ski equipment: 5
bigram ski event: 1
bigram ski goggles: 1
bigram ski hill: 1
bigram ski jacket: 1
bigram ski poles: 9
bigram ski race: 1
bigram ski racers: 1
bigram ski rack: 1
bigram ski racks: 1
bigram ski run: 1
bigram ski slope: 24
bigram ski slopes: 3
bigram ski station: 1
bigram ski sticks: 1
bigram ski suit: 1
bigram ski track: 1
bigram ski tricks: 1
bigram skier races: 2
bigram skier skis: 2
bigram skier speeds: 1
bigram skier stops: 1
bigram skiers feet: 1
bigram skiers line: 1
bigram skiers race: 1
bigram skiers ski: 1
bigram skirt outfit: 1
bigram sky background: 10
bigram sky leaves: 1
bigram sky photo: 1
bigram sky view: 1
bigram skyline waterfront: 1
bigram sleeve shirt: 2
bigram slices bananas: 1
bigram slices meat: 1
bigram slope area: 1
bigram smiley doll: 1
bigram smiley face: 2
bigram smoke trail: 1
bigram snack bar: 2
bigram snack delivery: 1
bigram snack foods: 1
bigram snow bank: 2
bigram snow board: 23
bigram snow boarder: 6
bigram snow boarders: 1
bigram snow boards: 6
bigram snow field: 1
bigram snow hill: 1
bigram snow land: 1
bigram snow plow: 1
bigram snow shoes: 1
bigram snow ski: 1
bigram snow skier: 7
bigram snow skiers: 6
bigram snow skis: 2
bigram snow slope: 1
bigram snow slopes: 1
bigram snow storm: 1
bigram snow suit: 2
bigram snow trail: 2
bigram snowboard competition: 1
bigram snowboard equipment: 1
bigram snowboard para: 1
bigram snowboard trick: 1
bigram soap dishes: 1
bigram soap dispenser: 2
bigram soap dispensers: 4
bigram soccer ball: 43
bigram soccer balls: 3
bigram soccer field: 11
bigram soccer game: 7
bigram soccer player: 9
bigram soccer players: 8
bigram soccer practice: 1
bigram soccer team: 1
bigram soccer teams: 1
bigram soccer uniform: 1
bigram soccer uniforms: 1
bigram softball game: 2
bigram someones bed: 1
bigram someones foot: 1
bigram someones keyboard: 1
bigram someones kitchen: 1
bigram someones living: 2
bigram someones sink: 1
bigram soup bowl: 1
bigram soup pot: 1
bigram speed bicycle: 1
bigram speed bike: 2
bigram speed boat: 1
bigram speed train: 2
bigram spice rack: 2
bigram spinach leaves: 1
bigram spoon ears: 1
bigram spoon feet: 1
bigram sport field: 1
bigram sport jacket: 1
bigram sport team: 1
bigram sports bar: 1
bigram sports bike: 1
bigram sports car: 2
bigram sports field: 2
bigram sports jersey: 1
bigram sports memorabilia: 1
bigram sports motorcycle: 2
bigram spring form: 1
bigram squad emergency: 1
bigram squad truck: 2
bigram squad vehicle: 1
bigram square bottle: 1
bigram square cake: 1
bigram square clock: 1
bigram square clocks: 1
bigram square concrete: 1
bigram square object: 1
bigram square pastries: 1
bigram square pieces: 1
bigram square pizza: 1
bigram square pizzas: 1
bigram square plate: 5
bigram square sink: 1
bigram square sinks: 2
bigram square tiles: 1
bigram stage coach: 1
bigram stall door: 1
bigram standard court: 1
bigram standard poodle: 1
bigram standard south: 1
bigram state flag: 1
bigram states president: 1
bigram station area: 1
bigram station board: 1
bigram station clock: 3
bigram station hallway: 1
bigram station people: 1
bigram station platform: 1
bigram station sign: 2
bigram stations park: 1
bigram steak dinner: 1
bigram steel appliances: 4
bigram steel benches: 1
bigram steel cafeteria: 1
bigram steel fridge: 2
bigram steel items: 1
bigram steel kitchen: 2
bigram steel lights: 1
bigram steel oven: 1
bigram steel rail: 1
bigram steel refrigerator: 4
bigram steel restaurant: 1
bigram steel shelf: 1
bigram steel sink: 1
bigram steel stove: 2
bigram steel style: 1
bigram steel track: 12
bigram stick ball: 1
bigram stone brick: 1
bigram stone building: 10
bigram stone buildings: 1
bigram stone clocks: 1
bigram stone counter: 1
bigram stone display: 1
bigram stone embankment: 1
bigram stone fence: 1
bigram stone fire: 1
bigram stone ledge: 1
bigram stone pizza: 1
bigram stone sink: 1
bigram stone steps: 3
bigram stone street: 1
bigram stone structure: 1
bigram stone table: 1
bigram stone tower: 2
bigram stone train: 1
bigram stone wall: 10
bigram stop light: 19
bigram stop lights: 6
bigram stop map: 1
bigram stop sign: 173
bigram stop signal: 1
bigram stop signs: 1
bigram stop square: 1
bigram storage building: 1
bigram storage compartment: 1
bigram storage container: 2
bigram storage containers: 1
bigram storage rack: 1
bigram storage space: 1
bigram storage tub: 1
bigram store building: 2
bigram store display: 1
bigram store room: 1
bigram store sign: 1
bigram store signs: 1
bigram store window: 3
bigram storm clouds: 1
bigram story kite: 1
bigram story train: 1
bigram stove door: 1
bigram stove oven: 1
bigram straw bays: 1
bigram straw field: 1
bigram straw hat: 2
bigram straw style: 1
bigram strawberry beverage: 1
bigram strawberry milk: 1
bigram strawberry yogurt: 3
bigram street area: 2
bigram street art: 1
bigram street bench: 1
bigram street car: 1
bigram street clock: 2
bigram street corner: 43
bigram street curbside: 1
bigram street display: 1
bigram street entry: 1
bigram street fire: 1
bigram street image: 1
bigram street intersection: 5
bigram street lamp: 2
bigram street light: 29
bigram street lights: 17
bigram street markers: 1
bigram street market: 3
bigram street name: 2
bigram street names: 4
bigram street parking: 1
bigram street people: 1
bigram street pole: 7
bigram street race: 1
bigram street scene: 25
bigram street sidewalk: 1
bigram street sign: 148
bigram street signs: 76
bigram street street: 1
bigram street traffic: 2
bigram street vendor: 1
bigram street vendors: 1
bigram street view: 1
bigram string beans: 1
bigram strip umbrella: 1
bigram stripe beer: 1
bigram stripe sun: 1
bigram stripe tie: 1
bigram stuff animal: 1
bigram stuff bears: 1
bigram stuffed animal: 33
bigram stuffed animals: 45
bigram stunt airplanes: 1
bigram style airplane: 1
bigram style bed: 2
bigram style bedroom: 1
bigram style building: 1
bigram style buildings: 1
bigram style bus: 1
bigram style cap: 1
bigram style coats: 1
bigram style dessert: 1
bigram style dishes: 1
bigram style hat: 1
bigram style kitchen: 2
bigram style living: 2
bigram style pizza: 1
bigram style refrigerator: 1
bigram style restroom: 1
bigram style toilet: 1
bigram style train: 2
bigram style tub: 1
bigram styrofoam container: 2
bigram styrofoam plate: 1
bigram subway bus: 1
bigram subway car: 8
bigram subway cart: 1
bigram subway map: 2
bigram subway sign: 1
bigram subway station: 5
bigram subway stop: 2
bigram subway train: 6
bigram suit case: 13
bigram suit cases: 4
bigram suit jacket: 1
bigram suitcases rests: 1
bigram suite coat: 1
bigram suits paddle: 1
bigram sun bear: 1
bigram sun glasses: 1
bigram sun silhouettes: 1
bigram sun umbrella: 2
bigram sun umbrellas: 2
bigram surf boar: 2
bigram surf board: 58
bigram surf boarder: 3
bigram surf boards: 19
bigram surf boars: 1
bigram surf line: 1
bigram surf waves: 1
bigram surface court: 1
bigram surfboards line: 1
bigram surfer boy: 1
bigram surfer heads: 1
bigram surfer paddles: 1
bigram surfers art: 1
bigram surfers paddle: 1
bigram sushi bar: 1
bigram sweaters shirts: 1
bigram systems flag: 1
bigram table cloth: 5
bigram table couch: 1
bigram table counter: 1
bigram table lamp: 1
bigram table mat: 1
bigram table surface: 1
bigram tables chairs: 1
bigram tablet computer: 1
bigram taco truck: 1
bigram tail wing: 1
bigram tan bathroom: 1
bigram tan bear: 1
bigram tan bedspread: 1
bigram tan dog: 3
bigram tan horse: 1
bigram tan ledge: 1
bigram tan sofa: 1
bigram tan suit: 1
bigram tan sweater: 1
bigram tan teddy: 2
bigram tan toilet: 1
bigram tan utility: 1
bigram tan walls: 2
bigram taxi cab: 1
bigram tea cups: 1
bigram tea kettle: 4
bigram tea pot: 2
bigram tea pots: 1
bigram tea room: 1
bigram tea spoon: 1
bigram team crowd: 1
bigram team member: 2
bigram team uniform: 1
bigram teddy bear: 163
bigram teddy bears: 70
bigram teddy ears: 1
bigram tee ball: 1
bigram tee shirt: 1
bigram telephone lines: 1
bigram telephone pole: 2
bigram telephone poles: 1
bigram telephone wires: 2
bigram television cameras: 1
bigram television remote: 1
bigram television screen: 8
bigram television screens: 1
bigram tennis ball: 128
bigram tennis balls: 3
bigram tennis club: 1
bigram tennis court: 182
bigram tennis courts: 1
bigram tennis frisbee: 1
bigram tennis game: 12
bigram tennis motes: 1
bigram tennis outfit: 5
bigram tennis outfits: 1
bigram tennis player: 196
bigram tennis players: 21
bigram tennis racket: 129
bigram tennis rackets: 11
bigram tennis racquet: 62
bigram tennis runs: 1
bigram tennis shoes: 1
bigram tennis skirt: 1
bigram tennis stances: 1
bigram tennis team: 1
bigram tennis tournament: 3
bigram tennis uniforms: 1
bigram tennis volley: 1
bigram tent city: 1
bigram terrain robot: 1
bigram terrier puppy: 1
bigram text message: 1
bigram thames river: 2
bigram theme restaurant: 1
bigram thumb hole: 1
bigram ticket counter: 2
bigram ticket kiosk: 1
bigram ticket machines: 1
bigram tie combination: 1
bigram tie event: 1
bigram tier cake: 2
bigram tier wedding: 2
bigram tiger cat: 1
bigram tile bathroom: 1
bigram tile features: 1
bigram tile floor: 7
bigram tile floors: 1
bigram tile kitchen: 2
bigram tile wall: 3
bigram tile walls: 2
bigram time baseball: 1
bigram time car: 1
bigram time cars: 1
bigram time photo: 1
bigram time pieces: 1
bigram time shot: 1
bigram time street: 1
bigram time view: 3
bigram tin foil: 2
bigram tin pan: 1
bigram tin plates: 1
bigram tissue box: 1
bigram tissue holder: 1
bigram toaster oven: 3
bigram toddler boy: 2
bigram toddler crib: 1
bigram toddler eats: 1
bigram toilet area: 1
bigram toilet bowl: 14
bigram toilet bowls: 2
bigram toilet lid: 5
bigram toilet paper: 28
bigram toilet roll: 1
bigram toilet seat: 28
bigram toilet shower: 1
bigram toilet stall: 5
bigram toilet tissue: 2
bigram toiletry items: 1
bigram toilette seat: 1
bigram tomato sandwich: 1
bigram tomato sauce: 4
bigram tomato slice: 1
bigram tomato slices: 2
bigram tomato soup: 4
bigram toothbrush holder: 1
bigram toothbrush holders: 1
bigram tour boat: 1
bigram tour bus: 12
bigram tour buses: 1
bigram tour group: 1
bigram tourist boats: 1
bigram tournament game: 1
bigram tow baseball: 1
bigram tow cats: 1
bigram tow men: 1
bigram tow sign: 1
bigram tow street: 1
bigram tow truck: 5
bigram towel cabinet: 1
bigram towel handle: 1
bigram towel rack: 5
bigram towel roll: 1
bigram towels chairs: 1
bigram tower building: 3
bigram tower clock: 1
bigram tower displays: 1
bigram tower features: 2
bigram tower sculpture: 1
bigram tower structure: 1
bigram tower view: 1
bigram town area: 2
bigram town clock: 1
bigram town intersection: 1
bigram town marina: 1
bigram town park: 1
bigram town square: 3
bigram town street: 2
bigram toy action: 1
bigram toy animals: 4
bigram toy bathroom: 1
bigram toy bear: 3
bigram toy bun: 1
bigram toy bunny: 2
bigram toy car: 1
bigram toy cell: 2
bigram toy horse: 1
bigram toy hot: 2
bigram toy people: 1
bigram toy picnic: 2
bigram toy plane: 1
bigram toy smiley: 1
bigram toy story: 1
bigram toy teddy: 1
bigram toy train: 2
bigram toy vehicles: 1
bigram track area: 1
bigram track pad: 1
bigram tractor trailers: 1
bigram tractor truck: 1
bigram traffic area: 1
bigram traffic camera: 1
bigram traffic circle: 1
bigram traffic cones: 3
bigram traffic control: 1
bigram traffic intersection: 1
bigram traffic light: 70
bigram traffic lights: 27
bigram traffic machines: 1
bigram traffic motorcycle: 1
bigram traffic pole: 1
bigram traffic sign: 11
bigram traffic signal: 10
bigram traffic signals: 3
bigram traffic signs: 5
bigram traffic stop: 3
bigram trail way: 1
bigram trailer truck: 1
bigram train bridge: 1
bigram train caboose: 1
bigram train car: 12
bigram train cars: 9
bigram train carts: 1
bigram train colors: 1
bigram train compartments: 1
bigram train crosses: 2
bigram train depot: 2
bigram train engine: 19
bigram train engines: 2
bigram train heads: 1
bigram train platform: 6
bigram train rails: 1
bigram train seat: 1
bigram train signal: 1
bigram train station: 72
bigram train stop: 3
bigram train stops: 3
bigram train system: 2
bigram train track: 21
bigram train tracks: 58
bigram train tunnel: 1
bigram train turns: 1
bigram train way: 1
bigram train window: 1
bigram train yard: 11
bigram trains engine: 1
bigram trains station: 1
bigram transit bus: 15
bigram transit buses: 2
bigram transit passenger: 1
bigram transit station: 1
bigram transit system: 1
bigram transit train: 7
bigram transit vehicle: 2
bigram transportation bus: 2
bigram transportation train: 1
bigram transportation truck: 1
bigram trash bag: 1
bigram trash barrel: 1
bigram trash bin: 1
bigram trash head: 1
bigram trash pickup: 1
bigram tree area: 1
bigram tree branch: 34
bigram tree branches: 6
bigram tree limb: 2
bigram tree limbs: 2
bigram tree line: 2
bigram tree log: 1
bigram tree logs: 1
bigram tree shower: 1
bigram tree trunk: 4
bigram trees bananas: 1
bigram trees people: 1
bigram trick upside: 1
bigram tricycle carriages: 1
bigram trolley bus: 1
bigram trolley car: 6
bigram trolley carriage: 1
bigram trolley sign: 1
bigram trolley train: 2
bigram truck bed: 1
bigram truck cab: 1
bigram truck displays: 1
bigram truck driver: 1
bigram truck mirror: 1
bigram truck table: 1
bigram truck trailer: 2
bigram trucks trucks: 1
bigram tub boat: 1
bigram tube socks: 1
bigram tube television: 1
bigram tunnel walkway: 1
bigram turn sign: 1
bigram turn signal: 1
bigram turquoise bathroom: 1
bigram turquoise sign: 1
bigram turquoise suitcase: 1
bigram turquoise water: 1
bigram tv frame: 1
bigram tv monitor: 3
bigram tv remote: 3
bigram tv screen: 2
bigram twin bed: 1
bigram twin beds: 5
bigram twin engine: 1
bigram twin propeller: 2
bigram type bat: 1
bigram type building: 1
bigram type color: 1
bigram type environment: 1
bigram type food: 1
bigram type fruit: 1
bigram type games: 1
bigram type items: 1
bigram type landscape: 1
bigram type ornaments: 1
bigram type outfit: 1
bigram type photography: 1
bigram type plant: 1
bigram type scissors: 1
bigram type structures: 1
bigram type toys: 1
bigram types clothes: 1
bigram umbrella blocks: 1
bigram umbrella hat: 10
bigram umbrella hats: 5
bigram umbrella sculpture: 2
bigram umbrella shades: 1
bigram umbrella shop: 1
bigram umbrella type: 1
bigram uniform runs: 2
bigram urinal basin: 1
bigram utility pole: 1
bigram utility truck: 5
bigram utility trucks: 1
bigram utility vehicle: 1
bigram utility vehicles: 1
bigram vanity counter: 1
bigram vanity features: 1
bigram vanity sink: 2
bigram vanity sinks: 1
bigram vases pots: 1
bigram vegetable dish: 3
bigram vegetable pieces: 1
bigram vegetable pizza: 3
bigram vegetable soup: 3
bigram vegetable vendor: 1
bigram vegetables slice: 1
bigram vegetation areas: 1
bigram veggie pizza: 1
bigram vehicle crosses: 1
bigram vehicle displays: 1
bigram vehicle traffic: 1
bigram vehicles stops: 1
bigram vendor booth: 1
bigram video camera: 1
bigram video controllers: 2
bigram video equipment: 1
bigram video game: 112
bigram video games: 27
bigram video screen: 1
bigram view mirror: 10
bigram village area: 1
bigram vintage airplane: 1
bigram vintage animal: 1
bigram vintage army: 2
bigram vintage baby: 1
bigram vintage baseball: 2
bigram vintage chair: 1
bigram vintage closeup: 1
bigram vintage men: 1
bigram vintage motorcycle: 1
bigram vintage mustang: 1
bigram vintage photo: 8
bigram vintage refrigerator: 1
bigram vintage refrigerators: 1
bigram vintage school: 1
bigram vintage street: 1
bigram vintage suitcases: 2
bigram vintage tv: 1
bigram virgin mary: 3
bigram volley ball: 3
bigram waffle house: 1
bigram wagon wheel: 1
bigram wall cabinets: 1
bigram wall clock: 3
bigram wall decorations: 1
bigram wall map: 1
bigram wall paper: 1
bigram wall phone: 1
bigram wall sink: 1
bigram wall street: 2
bigram wall urinal: 1
bigram war backdrop: 1
bigram war planes: 1
bigram warehouse building: 1
bigram warehouse store: 1
bigram water area: 1
bigram water balloon: 2
bigram water bird: 1
bigram water bottle: 8
bigram water bottles: 1
bigram water bowl: 2
bigram water buffalo: 2
bigram water buildings: 1
bigram water cars: 1
bigram water dish: 1
bigram water emergencies: 1
bigram water faucet: 1
bigram water fountain: 3
bigram water hole: 3
bigram water hydrant: 4
bigram water pitcher: 1
bigram water pool: 1
bigram water rocks: 1
bigram water ski: 1
bigram water skier: 2
bigram water skis: 1
bigram water sport: 1
bigram water suit: 1
bigram water traffic: 1
bigram water trough: 2
bigram water way: 2
bigram waterfront event: 1
bigram waterfront houses: 1
bigram watermelon slice: 1
bigram waters edge: 6
bigram wave foam: 1
bigram wave machine: 1
bigram wave pool: 1
bigram wave river: 1
bigram waves roll: 1
bigram wax head: 1
bigram wax paper: 2
bigram way arrow: 1
bigram way intersection: 1
bigram way road: 1
bigram way sign: 7
bigram way signs: 2
bigram way street: 3
bigram weather clothes: 1
bigram weather vane: 3
bigram wedding cake: 37
bigram wedding day: 2
bigram wedding dress: 2
bigram wedding reception: 1
bigram wheel barrel: 1
bigram wheel bicycle: 1
bigram wheel chair: 3
bigram wheel water: 1
bigram wheeler truck: 1
bigram wheels wheels: 1
bigram wicker basket: 1
bigram wicker chair: 4
bigram wilderness area: 1
bigram wilderness path: 1
bigram wildlife park: 2
bigram wind catchers: 1
bigram wind direction: 1
bigram wind kites: 1
bigram wind socks: 1
bigram wind surfboard: 2
bigram window blurs: 1
bigram window display: 5
bigram window glass: 1
bigram window ledge: 3
bigram window mirror: 1
bigram window pattern: 1
bigram window sill: 21
bigram window skyscraper: 1
bigram window view: 1
bigram windows cell: 1
bigram windows laptop: 2
bigram windows logo: 1
bigram windows phone: 1
bigram wine bar: 3
bigram wine bottle: 4
bigram wine bottles: 3
bigram wine cabinet: 1
bigram wine glass: 6
bigram wine glasses: 31
bigram wing chair: 1
bigram wing mirrors: 1
bigram winter cloths: 1
bigram winter coats: 1
bigram winter snow: 1
bigram winter types: 1
bigram winters day: 1
bigram wire fence: 22
bigram wire rack: 1
bigram wit mirrors: 1
bigram wok pot: 1
bigram woman eats: 1
bigram woman jockey: 1
bigram woman model: 1
bigram woman opening: 1
bigram woman pets: 1
bigram woman player: 1
bigram woman points: 1
bigram woman props: 1
bigram woman skier: 1
bigram woman snow: 2
bigram woman soldiers: 1
bigram woman statue: 1
bigram woman surfer: 1
bigram woman swings: 1
bigram woman tennis: 6
bigram woman types: 1
bigram women brides: 1
bigram women tennis: 2
bigram women worker: 1
bigram wood background: 1
bigram wood bench: 4
bigram wood board: 1
bigram wood bridge: 1
bigram wood cabinet: 1
bigram wood cabinetry: 1
bigram wood cabinets: 6
bigram wood chair: 2
bigram wood decoration: 1
bigram wood desk: 2
bigram wood features: 1
bigram wood fence: 3
bigram wood floor: 10
bigram wood floors: 7
bigram wood furniture: 1
bigram wood house: 1
bigram wood kitchen: 1
bigram wood picnic: 1
bigram wood pile: 2
bigram wood pole: 1
bigram wood rail: 1
bigram wood seat: 1
bigram wood table: 9
bigram wood tiles: 1
bigram wood vanity: 1
bigram wood vase: 1
bigram wood wall: 1
bigram word pub: 1
bigram workstation desk: 1
bigram workstation features: 1
bigram world cargo: 1
bigram world country: 1
bigram world war: 2
bigram yard area: 3
bigram yard decorations: 1
bigram york street: 1
bigram youth baseball: 1
bigram youth soccer: 1
bigram zebra enclosure: 1
bigram zebra grazes: 6
bigram zebra pen: 1
bigram zebra run: 1
bigram zebra strip: 1
bigram zebras race: 1
bigram zebras run: 1
bigram zombie costumes: 1
bigram zone sign: 3
bigram zoo animals: 3
bigram zoo area: 1
bigram zoo cage: 1
bigram zoo crane: 1
bigram zoo enclosure: 11
bigram zoo giraffe: 2
bigram zoo lot: 1
bigram zoo paddock: 1
bigram zoo scene: 1
bigram zoo type: 1
bigram zoo umbrellas: 1
bigram zoo zebra: 1
bird: 314
black: 522
blanket: 78
blond: 13
blue: 455
boat: 302
boiled: 1
book: 130
boot: 9
bottle: 102
bowl: 289
box: 113
boy: 461
bread: 45
brick: 89
bridge: 73
bright: 52
broccoli: 136
broken: 27
brown: 265
burger: 21
bus: 431
bush: 48
busy: 129
butterfly: 3
cabinet: 86
cake: 244
camera: 141
canoe: 11
car: 425
carries: 10
carrot: 101
carrying: 56
cat: 818
cell phone: 400
ceramic: 9
chair: 330
chandelier: 5
checkered: 24
cheese: 72
chef: 10
cherry: 4
chicken: 34
child: 483
chocolate: 43
chopstick: 5
church: 36
clean: 40
clear: 45
clock: 439
closed: 15
cloth: 3
cloudy: 75
coffee: 69
cold: 9
colorful: 148
concrete: 42
contains: 15
cookie: 10
cooking: 8
couch: 259
counter: 172
counterfactual be ing: 3173
counterfactual have a: 532
counterfactual have no: 2
counterfactual with: 2280
counterfactual without: 2
counting five man: 3
counting five orange: 2
counting five person: 6
counting five strawberry: 2
counting four banana: 2
counting four bird: 2
counting four bottle: 2
counting four bowl: 3
counting four chair: 4
counting four child: 5
counting four computer: 2
counting four cow: 3
counting four dog: 6
counting four giraffe: 10
counting four horse: 3
counting four man: 9
counting four person: 16
counting four teddy bear: 2
counting four vase: 2
counting four zebra: 4
counting one ad: 2
counting one adult: 23
counting one advertisement: 6
counting one aircraft: 3
counting one airliner: 2
counting one airplane: 85
counting one airport: 6
counting one amount: 7
counting one animal: 16
counting one antelope: 2
counting one apple: 26
counting one apron: 3
counting one area: 11
counting one arrangement: 2
counting one arrow: 3
counting one art: 3
counting one assortment: 18
counting one athlete: 4
counting one audience: 4
counting one baby: 73
counting one backdrop: 2
counting one backpack: 5
counting one bag: 27
counting one bagel: 5
counting one ball: 85
counting one balloon: 3
counting one banana: 67
counting one bandana: 3
counting one bank: 3
counting one banner: 2
counting one bar: 5
counting one barge: 3
counting one barrier: 2
counting one base: 11
counting one baseball: 86
counting one baseball bat: 73
counting one baseball player: 119
counting one basket: 8
counting one basketball: 3
counting one bat: 81
counting one batch: 3
counting one bath: 5
counting one bathroom: 240
counting one bathtub: 15
counting one batter: 32
counting one beach: 24
counting one beak: 2
counting one beanie: 2
counting one bear: 82
counting one beard: 10
counting one bed: 89
counting one bedroom: 26
counting one bedspread: 3
counting one beer: 14
counting one bell: 3
counting one bench: 84
counting one beverage: 5
counting one bicycle: 56
counting one bicyclist: 6
counting one bike: 68
counting one billboard: 4
counting one bin: 2
counting one biplane: 5
counting one bird: 168
counting one birthday: 17
counting one bit: 2
counting one blackboard: 4
counting one blanket: 14
counting one blender: 18
counting one block: 3
counting one board: 9
counting one boat: 91
counting one book: 45
counting one bookcase: 7
counting one bookshelf: 4
counting one bottle: 49
counting one boulder: 2
counting one bouquet: 3
counting one bow: 12
counting one bowl: 125
counting one box: 27
counting one boy: 352
counting one branch: 3
counting one breakfast: 4
counting one brick: 12
counting one bride: 14
counting one bridge: 17
counting one briefcase: 3
counting one broccoli: 6
counting one brown bear: 16
counting one bucket: 3
counting one buffet: 4
counting one building: 155
counting one bull: 9
counting one bunny: 2
counting one bunt: 2
counting one burger: 8
counting one burgundy: 2
counting one burrito: 2
counting one bus: 237
counting one business: 4
counting one button: 2
counting one cabinet: 13
counting one caboose: 2
counting one cage: 3
counting one cake: 81
counting one calculator: 2
counting one calf: 8
counting one camera: 23
counting one canal: 2
counting one candle: 10
counting one canoe: 6
counting one canopy: 2
counting one car: 87
counting one cargo: 3
counting one carriage: 14
counting one carrot: 18
counting one cart: 15
counting one cartoon: 4
counting one castle: 3
counting one cat: 524
counting one catcher: 13
counting one cave: 4
counting one ceiling: 9
counting one cell phone: 53
counting one cellphone: 18
counting one centerpiece: 2
counting one chain: 10
counting one chair: 69
counting one chalkboard: 2
counting one chandelier: 3
counting one cheese: 2
counting one cheeseburger: 2
counting one chef: 3
counting one cherry: 3
counting one chicken: 8
counting one child: 169
counting one chili: 3
counting one chocolate: 2
counting one christmas: 3
counting one chrome: 2
counting one church: 13
counting one cigarette: 21
counting one circle: 3
counting one city: 37
counting one class: 4
counting one classroom: 4
counting one clock: 294
counting one closet: 3
counting one cloth: 2
counting one clown: 8
counting one cluster: 4
counting one coach: 2
counting one coat: 4
counting one coconut: 2
counting one coffee: 13
counting one coin: 7
counting one collage: 10
counting one collar: 9
counting one collection: 12
counting one commuter: 8
counting one competition: 2
counting one computer: 70
counting one construction: 3
counting one container: 9
counting one controller: 5
counting one cookie: 3
counting one cooler: 4
counting one cop: 4
counting one corner: 7
counting one costume: 3
counting one couch: 62
counting one counter: 27
counting one countertop: 2
counting one courtyard: 2
counting one cow: 78
counting one cowboy: 4
counting one cracker: 3
counting one crane: 4
counting one crate: 3
counting one cream: 5
counting one crosswalk: 4
counting one cruise: 2
counting one cup: 55
counting one cupcake: 11
counting one curb: 6
counting one curtain: 4
counting one curve: 3
counting one dairy: 4
counting one deck: 2
counting one deli: 2
counting one delivery: 3
counting one den: 5
counting one desert: 4
counting one desk: 81
counting one desktop: 7
counting one dessert: 3
counting one device: 4
counting one dime: 2
counting one diner: 2
counting one dinner: 8
counting one dirt: 8
counting one disc: 10
counting one dish: 20
counting one disk: 4
counting one display: 28
counting one dock: 7
counting one dog: 434
counting one doll: 7
counting one donkey: 7
counting one donut: 17
counting one door: 18
counting one doorway: 4
counting one double-decker: 5
counting one doughnut: 18
counting one dress: 9
counting one dresser: 2
counting one drink: 49
counting one duck: 7
counting one dug: 2
counting one dumpster: 2
counting one egg: 15
counting one elephant: 149
counting one enclosure: 2
counting one engine: 3
counting one entertainment: 2
counting one entrance: 2
counting one event: 5
counting one exit: 2
counting one face: 20
counting one family: 27
counting one farmer: 3
counting one fashion: 2
counting one father: 2
counting one fedora: 2
counting one female: 11
counting one fence: 43
counting one field: 36
counting one fighter: 7
counting one fire: 18
counting one fire hydrant: 142
counting one fireplace: 23
counting one flag: 11
counting one flashlight: 3
counting one flight: 2
counting one floor: 10
counting one flower: 19
counting one foil: 3
counting one food: 10
counting one football: 2
counting one forest: 10
counting one fork: 50
counting one formation: 2
counting one fountain: 2
counting one freight: 4
counting one fridge: 21
counting one frisbee: 118
counting one frog: 2
counting one fruit: 9
counting one game: 129
counting one garbage: 5
counting one gate: 5
counting one gentleman: 5
counting one giant: 4
counting one giraffe: 161
counting one girl: 279
counting one glass: 64
counting one glove: 3
counting one goat: 14
counting one gold: 4
counting one goose: 3
counting one gown: 2
counting one granite: 2
counting one grizzly bear: 4
counting one guitar: 6
counting one gun: 3
counting one guy: 79
counting one hair: 4
counting one hairbrush: 3
counting one haircut: 4
counting one hallway: 2
counting one ham: 2
counting one hamburger: 5
counting one hammer: 2
counting one handicap: 3
counting one handkerchief: 3
counting one handle: 6
counting one harbor: 7
counting one harness: 5
counting one hat: 50
counting one hawk: 3
counting one head: 7
counting one heart: 5
counting one helmet: 25
counting one highway: 6
counting one hill: 9
counting one hillside: 2
counting one hitter: 3
counting one hockey: 4
counting one hole: 2
counting one home: 6
counting one hood: 3
counting one horse: 224
counting one hot dog: 45
counting one hotdog: 16
counting one hotel: 6
counting one house: 14
counting one hydrant: 2
counting one ice: 2
counting one individual: 5
counting one instructor: 2
counting one intersection: 24
counting one ipod: 3
counting one island: 9
counting one item: 2
counting one jacket: 14
counting one jar: 3
counting one jeep: 3
counting one jet: 12
counting one jetliner: 11
counting one jockey: 3
counting one joke: 3
counting one jump: 24
counting one keyboard: 55
counting one kid: 53
counting one kitchen: 152
counting one kite: 169
counting one kitten: 19
counting one kitty: 5
counting one knife: 45
counting one lady: 57
counting one lake: 8
counting one lamb: 3
counting one lamp: 17
counting one lamp post: 7
counting one landing: 2
counting one lap: 15
counting one laptop: 160
counting one leaf: 4
counting one leash: 3
counting one leather: 2
counting one lemon: 4
counting one leopard: 2
counting one library: 2
counting one lid: 4
counting one life: 2
counting one lifeguard: 3
counting one light: 35
counting one lighthouse: 2
counting one lime: 4
counting one living room: 121
counting one lizard: 2
counting one llama: 5
counting one load: 2
counting one loaf: 3
counting one log: 4
counting one logo: 3
counting one luggage: 5
counting one lunch: 5
counting one machine: 2
counting one male: 18
counting one man: 2441
counting one mane: 2
counting one map: 7
counting one marble: 4
counting one marina: 2
counting one market: 9
counting one meal: 39
counting one meat: 3
counting one medium: 4
counting one menu: 2
counting one mess: 3
counting one message: 2
counting one metal: 17
counting one microphone: 3
counting one microwave: 29
counting one milk: 2
counting one milkshake: 2
counting one mirror: 42
counting one mixture: 2
counting one mobile phone: 3
counting one model: 2
counting one monitor: 27
counting one monkey: 2
counting one moon: 2
counting one moped: 3
counting one motel: 2
counting one mother: 15
counting one motion: 3
counting one motor: 9
counting one motorcycle: 134
counting one motorcyclist: 3
counting one mountain: 12
counting one mouse: 32
counting one mouth: 3
counting one movie: 3
counting one muffin: 3
counting one mug: 4
counting one museum: 2
counting one mustache: 3
counting one name: 2
counting one napkin: 2
counting one neck: 6
counting one newspaper: 8
counting one nose: 4
counting one notebook: 4
counting one object: 11
counting one ocean: 4
counting one office: 9
counting one orange: 89
counting one ornament: 2
counting one ostrich: 2
counting one oven: 21
counting one overview: 2
counting one pacifier: 4
counting one pack: 6
counting one paddle: 5
counting one painting: 28
counting one palm: 4
counting one pan: 13
counting one pancake: 2
counting one panda: 2
counting one panda bear: 5
counting one paper: 10
counting one para: 3
counting one parachute: 5
counting one parade: 3
counting one parasol: 2
counting one park: 28
counting one party: 6
counting one passenger: 54
counting one pasta: 2
counting one pastry: 10
counting one pasture: 3
counting one patch: 2
counting one path: 2
counting one patio: 3
counting one pattern: 3
counting one paw: 2
counting one pear: 5
counting one pedestal: 2
counting one pen: 13
counting one pencil: 2
counting one person: 865
counting one phone: 30
counting one photograph: 16
counting one photographer: 2
counting one piano: 2
counting one pickle: 4
counting one pickup truck: 4
counting one picnic: 6
counting one pie: 4
counting one pier: 5
counting one pigeon: 3
counting one pillow: 6
counting one pineapple: 6
counting one pirate: 2
counting one pitch: 15
counting one pitcher: 17
counting one pizza: 152
counting one place: 2
counting one plaid: 4
counting one plane: 58
counting one plant: 13
counting one plastic: 9
counting one plate: 317
counting one platform: 5
counting one platter: 3
counting one player: 12
counting one playground: 2
counting one plaza: 2
counting one plow: 4
counting one polar bear: 33
counting one pole: 39
counting one police: 6
counting one police officer: 7
counting one policeman: 4
counting one pond: 4
counting one pony: 6
counting one porch: 2
counting one pork: 2
counting one portion: 4
counting one portrait: 7
counting one poster: 5
counting one pot: 9
counting one presentation: 2
counting one president: 2
counting one princess: 2
counting one printer: 9
counting one projector: 2
counting one prop: 3
counting one propeller: 6
counting one puppy: 11
counting one purse: 4
counting one quilt: 2
counting one race: 3
counting one rack: 4
counting one racket: 48
counting one racquet: 38
counting one radio: 2
counting one rag: 2
counting one rail: 4
counting one railroad: 4
counting one rain: 3
counting one rainbow: 5
counting one ramp: 7
counting one referee: 4
counting one reflection: 6
counting one refrigerator: 57
counting one remote: 20
counting one remote control: 17
counting one restaurant: 9
counting one restroom: 2
counting one ribbon: 9
counting one rider: 6
counting one river: 18
counting one road: 45
counting one roadway: 4
counting one robot: 2
counting one rock: 8
counting one roll: 4
counting one room: 88
counting one rooster: 2
counting one rope: 4
counting one rose: 2
counting one rug: 5
counting one run: 3
counting one runner: 8
counting one runway: 2
counting one saddle: 2
counting one sail: 7
counting one sailboat: 2
counting one salad: 28
counting one sandwich: 96
counting one sauce: 3
counting one sausage: 4
counting one scarf: 3
counting one school: 22
counting one scooter: 11
counting one screen: 3
counting one sculpture: 7
counting one seagull: 4
counting one seat: 9
counting one section: 2
counting one selection: 3
counting one semi: 4
counting one service: 3
counting one shadow: 5
counting one shark: 2
counting one sheet: 6
counting one shelf: 11
counting one ship: 6
counting one shirt: 39
counting one shoe: 7
counting one shop: 3
counting one shore: 2
counting one shower: 37
counting one sidewalk: 21
counting one sign: 108
counting one sink: 125
counting one size: 2
counting one skate: 32
counting one skateboard: 117
counting one skateboarder: 65
counting one skater: 4
counting one ski: 6
counting one skier: 55
counting one skillet: 3
counting one skirt: 3
counting one skull: 2
counting one sled: 2
counting one slope: 2
counting one smartphone: 2
counting one snack: 5
counting one snow: 21
counting one snowboard: 27
counting one snowboarder: 12
counting one soccer: 7
counting one soccer ball: 36
counting one soccer player: 7
counting one soda: 7
counting one sofa: 7
counting one soup: 3
counting one speaker: 2
counting one speech: 3
counting one speed: 5
counting one spoon: 29
counting one square: 7
counting one star: 3
counting one station: 7
counting one statue: 44
counting one steeple: 5
counting one stick: 11
counting one sticker: 4
counting one stone: 5
counting one stool: 2
counting one stop: 14
counting one stop sign: 107
counting one stoplight: 8
counting one store: 8
counting one stove: 41
counting one strawberry: 2
counting one stream: 2
counting one street: 90
counting one street light: 20
counting one street sign: 102
counting one string: 2
counting one stripe: 2
counting one stuffed animal: 19
counting one stunt: 8
counting one subway: 6
counting one suit: 33
counting one suitcase: 29
counting one surf: 33
counting one surfboard: 79
counting one surfer: 64
counting one swan: 5
counting one swing: 22
counting one t-shirt: 3
counting one table: 207
counting one tail: 4
counting one tan: 4
counting one tank: 3
counting one taxi: 4
counting one teapot: 3
counting one teddy bear: 123
counting one teenager: 8
counting one telephone: 2
counting one television: 51
counting one tennis: 23
counting one tennis ball: 84
counting one tennis player: 111
counting one tennis racket: 99
counting one tent: 6
counting one thing: 3
counting one ticket: 2
counting one tie: 48
counting one tile: 5
counting one tire: 3
counting one toaster: 10
counting one toddler: 19
counting one toilet: 218
counting one toilette: 2
counting one tomato: 4
counting one tongue: 2
counting one tooth: 4
counting one toothbrush: 32
counting one tour: 6
counting one tow: 3
counting one towel: 15
counting one tower: 22
counting one town: 3
counting one toy: 14
counting one track: 2
counting one tractor: 4
counting one traffic: 9
counting one traffic light: 54
counting one traffic signal: 3
counting one trail: 6
counting one trailer: 3
counting one train: 321
counting one tram: 2
counting one transit: 6
counting one trash: 5
counting one tray: 33
counting one tree: 62
counting one trick: 102
counting one tricycle: 2
counting one trio: 6
counting one tripod: 2
counting one trolley: 6
counting one truck: 79
counting one trunk: 2
counting one tub: 22
counting one tube: 2
counting one tunnel: 2
counting one turkey: 6
counting one tv: 23
counting one umbrella: 195
counting one umpire: 8
counting one upside: 2
counting one urinal: 4
counting one utensil: 2
counting one utility: 3
counting one van: 7
counting one vanity: 8
counting one vase: 75
counting one vegetable: 2
counting one vehicle: 6
counting one vendor: 3
counting one video: 73
counting one vintage: 2
counting one volley: 6
counting one waffle: 5
counting one wagon: 9
counting one waitress: 2
counting one walkway: 2
counting one wall: 67
counting one water: 13
counting one watermelon: 2
counting one waterway: 3
counting one wave: 115
counting one wedding: 10
counting one wheel: 4
counting one wind: 2
counting one window: 56
counting one wine: 4
counting one wire: 5
counting one wok: 3
counting one woman: 1086
counting one wood: 11
counting one worker: 3
counting one yard: 2
counting one youth: 2
counting one zebra: 99
counting one zombie: 2
counting six donut: 6
counting six man: 2
counting six umbrella: 2
counting three adult: 2
counting three baseball player: 4
counting three bear: 8
counting three bird: 4
counting three bottle: 3
counting three bowl: 3
counting three boy: 3
counting three cat: 3
counting three chair: 3
counting three child: 4
counting three computer: 5
counting three cow: 9
counting three dish: 2
counting three dog: 8
counting three elephant: 5
counting three flower: 2
counting three giraffe: 15
counting three girl: 2
counting three guy: 2
counting three horse: 3
counting three hot dog: 2
counting three hotdog: 2
counting three image: 3
counting three jockey: 2
counting three man: 32
counting three monitor: 2
counting three mug: 2
counting three person: 66
counting three pigeon: 2
counting three pillow: 3
counting three plate: 4
counting three sausage: 2
counting three seashell: 2
counting three shelf: 2
counting three sink: 3
counting three skier: 3
counting three stuffed animal: 3
counting three teddy bear: 11
counting three tray: 2
counting three urinal: 3
counting three vase: 4
counting three window: 2
counting three woman: 14
counting three zebra: 29
counting two adult: 3
counting two airplane: 7
counting two animal: 4
counting two apple: 8
counting two athlete: 2
counting two banana: 2
counting two baseball player: 9
counting two bear: 25
counting two bed: 5
counting two bird: 21
counting two blanket: 2
counting two boat: 15
counting two bowl: 11
counting two boy: 21
counting two brown bear: 4
counting two bucket: 2
counting two bus: 6
counting two cake: 2
counting two car: 4
counting two cat: 32
counting two cell phone: 3
counting two cellphone: 3
counting two chair: 6
counting two child: 35
counting two clock: 9
counting two computer: 10
counting two container: 2
counting two couch: 2
counting two cow: 17
counting two cracker: 2
counting two cup: 6
counting two dish: 2
counting two dog: 47
counting two elephant: 51
counting two friend: 5
counting two giraffe: 90
counting two girl: 51
counting two glass: 10
counting two goat: 4
counting two guy: 12
counting two horse: 31
counting two hot dog: 7
counting two image: 2
counting two jet: 5
counting two kid: 11
counting two kite: 3
counting two lady: 6
counting two lamp: 2
counting two laptop: 7
counting two male: 3
counting two man: 175
counting two mirror: 2
counting two monitor: 19
counting two motorcycle: 4
counting two owl: 3
counting two parrot: 3
counting two person: 229
counting two photograph: 2
counting two pizza: 11
counting two plane: 8
counting two plate: 21
counting two player: 3
counting two pole: 2
counting two pony: 2
counting two refrigerator: 2
counting two remote: 4
counting two roll: 2
counting two sandwich: 9
counting two seagull: 3
counting two shoe: 2
counting two sign: 10
counting two sink: 12
counting two skateboarder: 3
counting two skier: 8
counting two snowboarder: 3
counting two speaker: 3
counting two stove: 3
counting two strawberry: 3
counting two street light: 2
counting two street sign: 13
counting two stuffed animal: 9
counting two surfboard: 2
counting two surfer: 14
counting two teddy bear: 18
counting two television: 2
counting two tennis player: 12
counting two toilet: 5
counting two toothbrush: 3
counting two towel: 4
counting two traffic light: 2
counting two train: 11
counting two tray: 2
counting two truck: 4
counting two urinal: 7
counting two vase: 3
counting two window: 5
counting two woman: 90
counting two zebra: 52
counting-after five none: 19
counting-after five verb: 6
counting-after four none: 61
counting-after four verb: 41
counting-after one none: 14638
counting-after one verb: 5836
counting-after seven verb: 2
counting-after six none: 15
counting-after six verb: 2
counting-after three none: 235
counting-after three verb: 100
counting-after two none: 1064
counting-after two verb: 447
cow: 276
croissant: 2
crow: 3
cucumber: 4
cup: 110
cupcake: 21
curtain: 23
cuts: 6
cutting: 39
dachshund: 1
dark: 79
decorated: 64
deep: 9
desert: 29
deserted: 14
desk: 293
dirt: 93
dirty: 54
dishwasher: 9
doctor: 2
dog: 730
doll: 19
domed: 3
donkey: 10
donut: 139
door: 93
down: 222
downstairs: 1
dress: 49
dried: 9
dry: 37
duck: 18
during the day: 31
eagle: 2
eating: 120
eats: 8
eight: 1
elderly: 53
elephant: 385
eleven: 1
empty: 123
euro: 1
facing: 28
facing away from: 2
far from: 2
farmer: 8
feeding: 18
feeds: 1
female: 36
fence: 195
few: 66
field: 727
fire hydrant: 231
fish-eye: 1
five: 25
floral: 21
flower: 185
forest: 66
fork: 82
form-count above: 140
form-count across from: 11
form-count adjacent to: 3
form-count aerial view of: 6
form-count against: 93
form-count aged: 6
form-count ahead of: 1
form-count along the side of: 6
form-count alongside: 15
form-count aluminum: 3
form-count angry: 3
form-count antique: 14
form-count are part of: 1
form-count around: 231
form-count assorted: 27
form-count at night: 89
form-count at the back of: 1
form-count at the edge of: 14
form-count at the side of: 4
form-count atop: 32
form-count attached to: 50
form-count away from: 17
form-count back view of: 1
form-count baked: 16
form-count behind: 318
form-count beige: 13
form-count below: 30
form-count beneath: 14
form-count beside: 139
form-count between: 61
form-count big: 210
form-count bigger: 2
form-count black: 523
form-count blond: 5
form-count blonde: 8
form-count blue: 455
form-count boiled: 1
form-count brick: 89
form-count bright: 47
form-count brightly colored: 6
form-count brightly lit: 4
form-count broken: 26
form-count brown: 268
form-count brunette: 1
form-count busy: 101
form-count by: 384
form-count cardboard: 10
form-count carries: 10
form-count carrying: 56
form-count cement: 22
form-count ceramic: 5
form-count checked: 3
form-count checkered: 7
form-count cheerful: 1
form-count chocolate: 43
form-count chopped: 14
form-count circular: 8
form-count city: 234
form-count clean: 40
form-count clear: 61
form-count close to: 38
form-count closed: 15
form-count cloth: 3
form-count cloudy: 59
form-count cold: 7
form-count colorful: 111
form-count concrete: 20
form-count connected to: 8
form-count contains: 15
form-count cooking: 8
form-count country: 29
form-count cracked: 1
form-count crowded: 24
form-count cut: 27
form-count cuts: 6
form-count cutting: 39
form-count dark: 64
form-count decorated: 42
form-count deep: 9
form-count deserted: 4
form-count diced: 5
form-count different: 212
form-count differing: 1
form-count dilapidated: 5
form-count dim: 1
form-count dimly lit: 9
form-count dirt: 87
form-count dirty: 37
form-count domed: 3
form-count down: 222
form-count downstairs: 1
form-count dried: 7
form-count dry: 37
form-count during the day: 27
form-count during the night: 3
form-count eating: 120
form-count eats: 8
form-count elderly: 18
form-count empty: 123
form-count enormous: 3
form-count euro: 1
form-count facing: 26
form-count facing away from: 2
form-count facing towards: 2
form-count far away from: 1
form-count far from: 1
form-count fastened to: 1
form-count feeding: 18
form-count feeds: 1
form-count female: 36
form-count few: 66
form-count fish-eye: 1
form-count floral: 12
form-count flowered: 9
form-count forested: 6
form-count fresh: 32
form-count fried: 18
form-count front shot of: 1
form-count front view of: 2
form-count frowning: 2
form-count full: 50
form-count giant: 31
form-count glass: 110
form-count gold: 19
form-count golden: 7
form-count granite: 7
form-count grassy: 191
form-count gray: 71
form-count green: 519
form-count grey: 52
form-count grilled: 15
form-count happy: 20
form-count high: 1
form-count holding: 842
form-count holds: 90
form-count horse drawn: 17
form-count hot: 6
form-count huge: 35
form-count iced: 2
form-count identical: 4
form-count illuminated: 6
form-count in: 4503
form-count in back of: 1
form-count in front of: 716
form-count in the back of: 17
form-count in the center of: 7
form-count in the dark: 14
form-count in the daytime: 4
form-count in the front of: 1
form-count in the middle: 16
form-count in the middle of: 125
form-count indoor: 19
form-count inside: 142
form-count inside of: 101
form-count into: 198
form-count iron: 11
form-count is part of: 2
form-count kicking: 14
form-count kneeling: 8
form-count kneels: 1
form-count large: 1001
form-count larger: 9
form-count laughing: 12
form-count laying: 252
form-count lays: 10
form-count leather: 13
form-count left: 10
form-count left side: 1
form-count lies: 15
form-count lighted: 11
form-count lit: 40
form-count little: 287
form-count long: 164
form-count long-haired: 2
form-count low: 1
form-count lying: 60
form-count male: 73
form-count many: 264
form-count marble: 12
form-count massive: 4
form-count matching: 10
form-count messy: 17
form-count metal: 97
form-count metallic: 12
form-count mini: 9
form-count miniature: 4
form-count mixed: 10
form-count modern: 52
form-count motorized: 1
form-count muddy: 5
form-count multi colored: 6
form-count multi-colored: 7
form-count multi-layer: 1
form-count multicolored: 10
form-count narrow: 28
form-count near: 823
form-count near to: 3
form-count new: 12
form-count next to: 1404
form-count numerous: 6
form-count old: 272
form-count on: 6030
form-count on her back: 2
form-count on his back: 2
form-count on its back: 5
form-count on the back of: 59
form-count on the edge of: 25
form-count on the front of: 6
form-count on the left side of: 1
form-count on the right side of: 1
form-count on the side: 39
form-count on the side of: 208
form-count on their back: 1
form-count on top: 57
form-count on top of: 662
form-count onto: 48
form-count open: 233
form-count opposite: 6
form-count orange: 199
form-count ornate: 22
form-count out of: 104
form-count outdoor: 68
form-count outside: 261
form-count outside of: 58
form-count oval: 7
form-count over: 313
form-count overcast: 5
form-count overhead view of: 3
form-count packed: 4
form-count painted: 54
form-count paper: 56
form-count parallel to: 1
form-count paved: 13
form-count pets: 5
form-count petting: 14
form-count pink: 110
form-count plaid: 14
form-count plain: 6
form-count plastic: 55
form-count plush: 4
form-count polka dot: 2
form-count porcelain: 4
form-count pulling: 39
form-count pulls: 7
form-count purple: 62
form-count pushes: 1
form-count pushing: 8
form-count quiet: 10
form-count rainbow: 8
form-count rainy: 14
form-count raw: 5
form-count real: 4
form-count rear view of: 3
form-count rectangular: 3
form-count red: 573
form-count redheaded: 1
form-count renovated: 1
form-count restored: 2
form-count rides: 40
form-count riding: 421
form-count right: 9
form-count right hand: 1
form-count ripe: 13
form-count roasted: 1
form-count rock: 27
form-count rocky: 23
form-count rotten: 2
form-count round: 23
form-count rubber: 4
form-count run down: 4
form-count rundown: 5
form-count running: 111
form-count runs: 11
form-count rural: 20
form-count sad: 5
form-count sandy: 51
form-count seated: 24
form-count shallow: 14
form-count shocked: 1
form-count short: 25
form-count shredded: 4
form-count side view of: 4
form-count silver: 63
form-count sits: 188
form-count sitting: 1224
form-count sliced: 31
form-count small: 766
form-count smaller: 17
form-count smiling: 114
form-count snow covered: 95
form-count snow-covered: 1
form-count snowy: 143
form-count solid: 1
form-count square: 23
form-count stainless: 4
form-count stainless steel: 22
form-count standing: 1628
form-count stands: 152
form-count startled: 1
form-count steel: 18
form-count stone: 44
form-count straw: 7
form-count striped: 38
form-count stuffed: 73
form-count sunny: 50
form-count surrounded by: 79
form-count surrounding: 12
form-count tall: 220
form-count tan: 18
form-count teal: 2
form-count the bottom: 26
form-count the left: 1
form-count the right: 7
form-count the top: 95
form-count thick: 14
form-count thin: 7
form-count throwing: 45
form-count throws: 16
form-count tied to: 14
form-count tiered: 3
form-count tiny: 19
form-count touching: 20
form-count toward: 33
form-count towards: 57
form-count triangular: 1
form-count turquoise: 4
form-count undecorated: 2
form-count under: 201
form-count underneath: 47
form-count uniformed: 1
form-count unpaved: 1
form-count unripe: 2
form-count up: 1
form-count upon: 9
form-count urban: 23
form-count various: 107
form-count vegetarian: 1
form-count vintage: 36
form-count walking: 604
form-count walks: 51
form-count wall mounted: 3
form-count washing: 1
form-count well lit: 1
form-count wet: 50
form-count white: 1377
form-count whole: 9
form-count wicker: 5
form-count wide: 20
form-count within: 6
form-count wood: 77
form-count wooded: 29
form-count wooden: 371
form-count wool: 2
form-count woolen: 2
form-count yellow: 275
form-count young: 679
fountain: 4
four: 102
fox: 2
fresh: 32
fried: 18
frisbee: 152
frog: 2
front view of: 3
frowning: 2
full: 50
garage: 12
gate: 18
gazelle: 1
giraffe: 458
girl: 431
glass: 276
goat: 31
gold: 26
grape: 7
grass: 488
grassy: 286
gravel: 11
gray: 112
green: 401
grilled: 15
grizzly bear: 41
guitar: 8
hammer: 2
handbag: 10
happy: 21
hat: 102
headband: 1
helmet: 40
high: 1
hippopotamus: 1
holding: 842
holds: 90
hoodie: 2
horse: 510
horse drawn: 17
hot: 6
hot dog: 116
hotel: 52
house: 162
hut: 2
identical: 14
in front of: 717
in the dark: 14
in the middle: 16
in the middle of: 132
indoor: 41
inside: 4730
into: 198
is part of: 2
jacket: 83
juice: 18
kangaroo: 1
keyboard: 119
kicking: 14
kitchen: 461
kite: 278
kneeling: 8
kneels: 1
knife: 63
lake: 85
lamp: 40
lamp post: 60
laptop: 465
large: 1284
larger: 11
leather: 13
left: 10
left of: 1
lemon: 18
leopard: 5
lies: 25
lion: 1
lit: 57
living room: 281
lizard: 3
long: 164
long-haired: 2
low: 1
lying: 312
magazine: 5
male: 73
man: 3237
many: 270
market: 42
metal: 167
microwave: 67
milk: 13
mirror: 99
monitor: 73
monkey: 6
motorcycle: 368
motorized: 1
mountain: 302
mouse: 69
muffin: 6
multi-layer: 4
narrow: 28
near: 1248
new: 64
newspaper: 12
next to: 1565
nine: 1
noun adult three: 2
noun adult two: 5
noun adult with: 2
noun advertisement with: 4
noun airplane and: 2
noun airplane beside: 2
noun airplane from: 3
noun airplane in: 3
noun airplane of: 11
noun airplane two: 8
noun airport at: 37
noun airport in: 14
noun airport of: 2
noun airport through: 2
noun angle at: 2
noun animal and: 3
noun animal holding: 2
noun animal of: 4
noun animal several: 4
noun animal two: 6
noun animal with: 3
noun apartment of: 3
noun apple and: 3
noun apple eating: 5
noun apple holding: 2
noun apple like: 3
noun apple to: 2
noun apple two: 8
noun apple with: 3
noun appliance all: 2
noun apron in: 2
noun apron wearing: 2
noun area around: 3
noun area at: 3
noun area has: 2
noun area in: 95
noun area near: 7
noun area of: 10
noun area on: 6
noun area over: 5
noun area through: 7
noun area to: 2
noun armchair on: 2
noun arrangement of: 2
noun arrow with: 2
noun asphalt on: 2
noun assortment with: 3
noun athlete two: 2
noun audience in: 2
noun audience of: 3
noun baby and: 7
noun baby holding: 15
noun baby holds: 4
noun baby protect: 2
noun baby with: 5
noun backdrop with: 3
noun backpack with: 6
noun backyard in: 10
noun bag and: 9
noun bag holding: 3
noun bag in: 4
noun bag into: 2
noun bag of: 3
noun bag on: 4
noun bag to: 6
noun bag with: 12
noun bagel eating: 2
noun bagel off: 2
noun bagel with: 2
noun bakery at: 3
noun bakery in: 4
noun bakery of: 2
noun balance losing: 2
noun balcony on: 2
noun ball as: 4
noun ball at: 36
noun ball catch: 8
noun ball catching: 4
noun ball for: 9
noun ball hit: 43
noun ball hits: 6
noun ball hitting: 13
noun ball holding: 7
noun ball into: 2
noun ball kick: 2
noun ball kicking: 2
noun ball of: 3
noun ball on: 2
noun ball pitching: 3
noun ball return: 7
noun ball serve: 11
noun ball serving: 7
noun ball throw: 4
noun ball throwing: 10
noun ball throws: 6
noun ball to: 3
noun ball toward: 2
noun ball towards: 2
noun ball with: 13
noun balloon and: 2
noun balloon with: 2
noun banana and: 5
noun banana eating: 11
noun banana four: 2
noun banana has: 4
noun banana holding: 4
noun banana is: 3
noun banana of: 4
noun banana to: 3
noun banana two: 4
noun banana with: 8
noun bandana with: 2
noun bank on: 3
noun bank to: 2
noun bar at: 15
noun bar in: 2
noun bar near: 2
noun bar of: 5
noun bar on: 5
noun bar over: 2
noun bar with: 3
noun barn in: 9
noun barrier behind: 2
noun barrier on: 2
noun barrier over: 2
noun barrier to: 2
noun base at: 6
noun base running: 2
noun base to: 8
noun baseball at: 7
noun baseball bat at: 3
noun baseball bat holding: 31
noun baseball bat swing: 3
noun baseball bat swinging: 20
noun baseball bat with: 15
noun baseball for: 2
noun baseball hit: 7
noun baseball hitting: 5
noun baseball pitching: 4
noun baseball player behind: 2
noun baseball player is: 4
noun baseball player of: 11
noun baseball player several: 2
noun baseball player three: 6
noun baseball player two: 11
noun baseball throwing: 4
noun baseball throws: 2
noun baseball with: 2
noun basket in: 8
noun basket on: 2
noun basket with: 4
noun bat has: 2
noun bat holding: 43
noun bat holds: 3
noun bat on: 2
noun bat swing: 5
noun bat swinging: 21
noun bat swings: 9
noun bat swung: 2
noun bat with: 23
noun bathroom in: 119
noun bathroom is: 5
noun bathroom of: 33
noun bathroom to: 2
noun bathtub and: 4
noun bathtub in: 4
noun bathtub of: 3
noun bathtub to: 2
noun bathtub with: 3
noun batter as: 2
noun batter behind: 2
noun batter to: 2
noun batter where: 2
noun batter with: 6
noun bay at: 2
noun bay in: 4
noun bay over: 2
noun beach across: 4
noun beach along: 20
noun beach at: 53
noun beach by: 4
noun beach down: 10
noun beach facing: 2
noun beach from: 2
noun beach near: 11
noun beach of: 36
noun beach on: 227
noun beach onto: 3
noun beach over: 9
noun beach to: 8
noun beach walking: 2
noun beak with: 4
noun bear and: 2
noun bear holding: 4
noun bear is: 3
noun bear of: 8
noun bear three: 9
noun bear two: 30
noun bear with: 4
noun beard with: 10
noun bed against: 3
noun bed and: 4
noun bed from: 2
noun bed in: 38
noun bed of: 25
noun bed on: 170
noun bed to: 11
noun bed two: 9
noun bed with: 22
noun bedroom in: 26
noun bedroom of: 5
noun bedspread with: 6
noun beer holding: 2
noun beer two: 2
noun beer with: 2
noun bench against: 3
noun bench at: 8
noun bench behind: 3
noun bench by: 3
noun bench in: 3
noun bench is: 3
noun bench near: 3
noun bench of: 32
noun bench on: 211
noun bench three: 2
noun bench to: 9
noun bench two: 5
noun bench under: 5
noun bench with: 6
noun beverage and: 2
noun beverage with: 2
noun bicycle and: 3
noun bicycle by: 5
noun bicycle of: 4
noun bicycle on: 10
noun bicycle rides: 2
noun bicycle riding: 5
noun bicycle several: 4
noun bicycle to: 10
noun bicycle with: 4
noun bike and: 4
noun bike is: 4
noun bike near: 2
noun bike of: 4
noun bike off: 2
noun bike on: 32
noun bike rides: 3
noun bike riding: 28
noun bike several: 2
noun bike to: 8
noun bike walking: 2
noun bike with: 3
noun bikini in: 3
noun bird and: 9
noun bird eating: 3
noun bird feeding: 2
noun bird is: 8
noun bird of: 4
noun bird several: 3
noun bird three: 4
noun bird two: 23
noun bird with: 11
noun blackboard with: 3
noun blade with: 2
noun blanket in: 3
noun blanket of: 6
noun blanket on: 27
noun blanket two: 2
noun blanket under: 6
noun blanket with: 18
noun blender of: 2
noun blender on: 2
noun blender to: 2
noun block of: 2
noun block on: 4
noun board against: 3
noun board carries: 2
noun board carrying: 5
noun board holding: 9
noun board jumping: 9
noun board of: 7
noun board on: 88
noun board ride: 2
noun board rides: 9
noun board riding: 44
noun board to: 2
noun board two: 2
noun board using: 3
noun board with: 20
noun boarder two: 3
noun boat and: 5
noun boat as: 2
noun boat driving: 2
noun boat in: 20
noun boat is: 2
noun boat near: 4
noun boat of: 25
noun boat on: 24
noun boat rowing: 2
noun boat several: 12
noun boat to: 7
noun boat two: 18
noun boat with: 4
noun book and: 8
noun book at: 7
noun book holding: 5
noun book of: 4
noun book on: 5
noun book reading: 15
noun book reads: 3
noun book through: 3
noun book with: 10
noun bookcase and: 2
noun bookcase with: 4
noun bookshelf and: 2
noun bookshelf of: 2
noun booth at: 2
noun booth in: 4
noun bottle and: 14
noun bottle beside: 2
noun bottle four: 3
noun bottle from: 10
noun bottle holding: 5
noun bottle holds: 2
noun bottle of: 4
noun bottle opening: 2
noun bottle several: 2
noun bottle three: 5
noun bottle to: 10
noun bottle up: 2
noun bottle with: 11
noun bow on: 2
noun bow with: 3
noun bowl and: 10
noun bowl by: 2
noun bowl four: 3
noun bowl from: 4
noun bowl has: 4
noun bowl holding: 2
noun bowl in: 58
noun bowl into: 5
noun bowl is: 5
noun bowl near: 3
noun bowl of: 17
noun bowl on: 4
noun bowl several: 2
noun bowl showing: 2
noun bowl three: 3
noun bowl to: 12
noun bowl two: 16
noun bowl up: 2
noun bowl with: 14
noun box and: 4
noun box around: 2
noun box from: 3
noun box holding: 3
noun box in: 25
noun box inside: 2
noun box into: 4
noun box of: 12
noun box on: 7
noun box over: 2
noun box several: 3
noun box to: 2
noun box with: 2
noun boy and: 5
noun boy helping: 2
noun boy is: 5
noun boy of: 9
noun boy one: 2
noun boy teaching: 2
noun boy three: 3
noun boy to: 6
noun boy two: 22
noun boy while: 3
noun boy with: 7
noun branch from: 2
noun branch of: 10
noun branch on: 46
noun branch to: 2
noun branch with: 3
noun bride for: 3
noun bride over: 2
noun bridge across: 4
noun bridge and: 2
noun bridge near: 5
noun bridge of: 4
noun bridge on: 10
noun bridge over: 14
noun bridge to: 4
noun bridge under: 10
noun bridge underneath: 3
noun bridge with: 2
noun broccoli with: 2
noun bucket and: 2
noun bucket of: 2
noun bucket two: 2
noun buggy in: 2
noun building above: 4
noun building against: 2
noun building and: 22
noun building around: 2
noun building at: 2
noun building behind: 2
noun building beside: 9
noun building between: 3
noun building by: 14
noun building from: 4
noun building has: 2
noun building in: 15
noun building inside: 4
noun building is: 3
noun building near: 41
noun building of: 202
noun building on: 18
noun building outside: 16
noun building past: 2
noun building several: 3
noun building to: 62
noun building two: 4
noun building with: 22
noun bull of: 2
noun bun in: 7
noun bun of: 2
noun bun on: 7
noun bunch several: 2
noun bus and: 14
noun bus behind: 3
noun bus beside: 2
noun bus board: 2
noun bus boarding: 3
noun bus by: 2
noun bus cars: 2
noun bus for: 6
noun bus in: 2
noun bus is: 4
noun bus near: 3
noun bus of: 43
noun bus on: 13
noun bus outside: 2
noun bus past: 2
noun bus pushing: 3
noun bus several: 3
noun bus three: 2
noun bus to: 12
noun bus two: 8
noun bus with: 8
noun bush by: 2
noun bush in: 4
noun bush near: 3
noun bush of: 6
noun bush through: 3
noun bush to: 2
noun business of: 2
noun cabinet and: 6
noun cabinet of: 4
noun cabinet to: 2
noun cabinet with: 5
noun cafe at: 3
noun cafe in: 3
noun cafe of: 2
noun cage in: 14
noun cage of: 3
noun cage to: 2
noun cake around: 6
noun cake behind: 2
noun cake by: 2
noun cake cut: 8
noun cake cuts: 3
noun cake cutting: 30
noun cake eating: 2
noun cake four: 2
noun cake holding: 11
noun cake into: 14
noun cake is: 2
noun cake near: 4
noun cake of: 13
noun cake on: 12
noun cake serving: 3
noun cake showing: 2
noun cake to: 6
noun cake two: 8
noun cake up: 5
noun cake with: 21
noun calculator of: 2
noun camera and: 3
noun camera at: 31
noun camera behind: 2
noun camera facing: 2
noun camera for: 25
noun camera from: 4
noun camera holding: 6
noun camera into: 9
noun camera of: 11
noun camera to: 3
noun camera toward: 5
noun camera towards: 5
noun camera with: 7
noun canal down: 3
noun candle and: 3
noun candle lighting: 2
noun candle over: 2
noun candle to: 3
noun canoe on: 2
noun canopy under: 3
noun cap in: 2
noun cap wearing: 4
noun car and: 25
noun car behind: 2
noun car beside: 3
noun car by: 3
noun car from: 3
noun car in: 13
noun car inside: 2
noun car is: 2
noun car near: 2
noun car of: 62
noun car on: 8
noun car one: 2
noun car pulling: 2
noun car several: 16
noun car sign: 2
noun car to: 12
noun car two: 11
noun car with: 10
noun carpet on: 7
noun carriage in: 3
noun carriage pulling: 10
noun carriage riding: 3
noun carriage to: 2
noun carrier on: 2
noun carrot and: 3
noun carrot has: 2
noun carrot holding: 3
noun carrot with: 2
noun cart in: 5
noun cart on: 5
noun cart onto: 2
noun cart pulling: 4
noun cart to: 3
noun cart with: 3
noun case in: 15
noun case of: 4
noun case on: 4
noun case over: 2
noun case several: 2
noun case with: 3
noun cat and: 19
noun cat at: 7
noun cat is: 16
noun cat near: 2
noun cat of: 26
noun cat one: 2
noun cat pets: 3
noun cat petting: 4
noun cat three: 3
noun cat to: 8
noun cat two: 34
noun cat while: 3
noun cat with: 19
noun catcher and: 4
noun catcher as: 2
noun catcher while: 3
noun catcher with: 5
noun ceiling from: 3
noun cell phone and: 5
noun cell phone at: 19
noun cell phone checking: 2
noun cell phone holding: 26
noun cell phone near: 2
noun cell phone of: 2
noun cell phone on: 54
noun cell phone onto: 2
noun cell phone to: 3
noun cell phone two: 4
noun cell phone up: 5
noun cell phone using: 12
noun cell phone with: 23
noun cellphone and: 2
noun cellphone at: 4
noun cellphone holding: 6
noun cellphone holds: 2
noun cellphone of: 3
noun cellphone on: 10
noun cellphone two: 3
noun cellphone up: 4
noun cellphone with: 6
noun chain behind: 4
noun chain with: 3
noun chair and: 17
noun chair couch: 2
noun chair four: 3
noun chair from: 2
noun chair in: 66
noun chair is: 2
noun chair of: 13
noun chair on: 48
noun chair three: 3
noun chair to: 6
noun chair two: 6
noun chair with: 18
noun chicken of: 2
noun child and: 15
noun child at: 3
noun child four: 5
noun child helping: 2
noun child holding: 9
noun child holds: 3
noun child of: 9
noun child several: 10
noun child three: 4
noun child to: 11
noun child two: 37
noun child with: 11
noun church is: 2
noun church of: 8
noun church with: 2
noun cigarette and: 2
noun cigarette lighting: 2
noun cigarette smoking: 13
noun cigarette with: 2
noun circle with: 2
noun circus in: 2
noun circus of: 2
noun city above: 2
noun city in: 71
noun city near: 4
noun city of: 23
noun city on: 6
noun city over: 10
noun city through: 6
noun classroom in: 4
noun classroom of: 2
noun clock and: 9
noun clock at: 4
noun clock atop: 2
noun clock by: 2
noun clock has: 20
noun clock is: 9
noun clock near: 2
noun clock of: 16
noun clock past: 2
noun clock several: 2
noun clock to: 5
noun clock two: 11
noun clock with: 55
noun closet with: 2
noun cloth on: 5
noun cloud in: 2
noun clown as: 2
noun coach on: 3
noun coat and: 2
noun coat in: 9
noun coat wearing: 4
noun cob on: 2
noun coffee to: 2
noun coffee with: 2
noun coin to: 3
noun collar wearing: 2
noun collar with: 6
noun comforter on: 6
noun competition at: 4
noun competition during: 3
noun competition in: 2
noun competition watching: 2
noun computer and: 15
noun computer at: 6
noun computer by: 2
noun computer four: 2
noun computer has: 2
noun computer is: 2
noun computer multiple: 6
noun computer near: 2
noun computer of: 28
noun computer on: 22
noun computer several: 3
noun computer three: 6
noun computer to: 15
noun computer two: 14
noun computer using: 12
noun computer with: 29
noun concrete on: 7
noun cone over: 4
noun container and: 4
noun container four: 2
noun container from: 2
noun container in: 7
noun container of: 2
noun container two: 4
noun controller holding: 17
noun controller with: 10
noun corner around: 5
noun corner at: 16
noun corner in: 30
noun corner of: 2
noun corner on: 46
noun corral in: 5
noun costume in: 5
noun costume wearing: 4
noun couch and: 8
noun couch from: 2
noun couch has: 3
noun couch of: 16
noun couch on: 99
noun couch to: 4
noun couch two: 5
noun couch with: 31
noun counter and: 2
noun counter at: 14
noun counter behind: 9
noun counter of: 13
noun counter on: 86
noun counter onto: 2
noun counter refrigerator: 2
noun counter to: 6
noun counter with: 9
noun countertop on: 4
noun country in: 4
noun countryside in: 3
noun countryside through: 2
noun course of: 2
noun course on: 8
noun court across: 5
noun court at: 4
noun court in: 4
noun court of: 20
noun court on: 248
noun cow and: 6
noun cow four: 4
noun cow in: 2
noun cow leading: 2
noun cow of: 11
noun cow one: 4
noun cow several: 13
noun cow three: 9
noun cow to: 2
noun cow two: 20
noun cow with: 7
noun cracker two: 2
noun crane and: 2
noun crate carrying: 2
noun crosswalk at: 5
noun crosswalk in: 2
noun crosswalk to: 3
noun crust on: 3
noun cup and: 27
noun cup holding: 4
noun cup in: 5
noun cup inside: 2
noun cup is: 2
noun cup of: 6
noun cup three: 2
noun cup to: 8
noun cup two: 10
noun cup with: 9
noun cupcake at: 4
noun cupcake holding: 3
noun cupcake touching: 2
noun curb along: 2
noun curb around: 2
noun curb at: 9
noun curb by: 8
noun curb near: 5
noun curb of: 2
noun curb on: 23
noun curb to: 7
noun curtain and: 6
noun curtain behind: 3
noun curtain with: 9
noun curve around: 3
noun cycle by: 2
noun deck of: 3
noun deck on: 4
noun depot in: 2
noun desert in: 12
noun desert of: 2
noun desk and: 2
noun desk at: 32
noun desk of: 35
noun desk on: 128
noun desk teacher's: 2
noun desk to: 3
noun desk with: 6
noun desktop on: 2
noun dessert several: 3
noun dessert with: 4
noun device holding: 2
noun device two: 2
noun device with: 2
noun diner in: 2
noun dinner for: 2
noun direction both: 2
noun direction in: 5
noun direction one: 2
noun dirt in: 27
noun dirt of: 3
noun dirt on: 4
noun disc holding: 2
noun disc with: 8
noun dish and: 2
noun dish in: 4
noun dish on: 5
noun dish three: 2
noun dish two: 2
noun dish with: 2
noun dispenser and: 3
noun dispenser with: 3
noun display at: 2
noun display behind: 2
noun display in: 6
noun display is: 2
noun display of: 2
noun display on: 4
noun display several: 2
noun display with: 2
noun dock at: 8
noun dock of: 4
noun dock to: 7
noun dog after: 2
noun dog and: 41
noun dog as: 2
noun dog at: 4
noun dog behind: 5
noun dog by: 4
noun dog carrying: 2
noun dog four: 6
noun dog holding: 7
noun dog is: 6
noun dog observing: 2
noun dog of: 19
noun dog several: 3
noun dog three: 10
noun dog to: 8
noun dog two: 52
noun dog walking: 11
noun dog walks: 2
noun dog while: 3
noun dog with: 41
noun doll of: 2
noun donkey to: 2
noun donut eating: 4
noun donut holding: 3
noun donut six: 6
noun donut three: 2
noun donut with: 3
noun door above: 2
noun door and: 4
noun door by: 6
noun door from: 2
noun door in: 3
noun door into: 2
noun door near: 4
noun door of: 8
noun door on: 2
noun door outside: 5
noun door through: 4
noun door to: 3
noun door two: 4
noun door with: 14
noun doorway in: 3
noun doorway of: 2
noun doorway to: 4
noun doughnut and: 2
noun doughnut eating: 2
noun doughnut holding: 4
noun doughnut of: 3
noun doughnut with: 3
noun dress in: 28
noun dress wearing: 9
noun dresser on: 2
noun drink and: 18
noun drink has: 2
noun drink holding: 5
noun drink take: 3
noun drink to: 3
noun drink with: 10
noun driveway in: 6
noun driveway on: 3
noun dryer holding: 4
noun dugout in: 6
noun dumpster in: 3
noun edge at: 15
noun edge near: 3
noun edge on: 31
noun egg and: 6
noun egg with: 5
noun elephant and: 6
noun elephant at: 3
noun elephant by: 3
noun elephant feeding: 2
noun elephant is: 2
noun elephant like: 2
noun elephant of: 24
noun elephant on: 4
noun elephant one: 2
noun elephant riding: 6
noun elephant several: 3
noun elephant sprays: 2
noun elephant three: 8
noun elephant to: 20
noun elephant two: 57
noun elephant underneath: 2
noun elephant with: 9
noun enclosure in: 51
noun enclosure of: 5
noun enclosure outside: 2
noun engine on: 2
noun entrance of: 2
noun environment in: 2
noun event at: 11
noun event during: 2
noun event for: 3
noun event of: 2
noun face has: 3
noun face holding: 2
noun face it's: 5
noun face like: 2
noun face making: 8
noun face of: 6
noun face on: 14
noun face over: 3
noun face person's: 2
noun face to: 7
noun face with: 19
noun factory in: 5
noun fan and: 3
noun fan of: 2
noun fan with: 5
noun farm on: 3
noun faucet from: 5
noun faucet of: 4
noun feeder from: 4
noun feeder of: 2
noun feeder on: 3
noun fence against: 6
noun fence and: 4
noun fence at: 4
noun fence behind: 35
noun fence by: 19
noun fence inside: 3
noun fence near: 23
noun fence of: 20
noun fence on: 8
noun fence outside: 2
noun fence over: 16
noun fence through: 7
noun fence to: 28
noun fence under: 3
noun fence with: 6
noun field across: 14
noun field along: 2
noun field around: 4
noun field at: 3
noun field down: 4
noun field grazing: 2
noun field in: 402
noun field near: 5
noun field of: 41
noun field on: 214
noun field onto: 3
noun field over: 5
noun field plow: 2
noun field through: 19
noun field to: 10
noun figurine two: 2
noun finger between: 3
noun finger two: 2
noun finger with: 2
noun fire hydrant and: 6
noun fire hydrant around: 3
noun fire hydrant from: 2
noun fire hydrant is: 4
noun fire hydrant near: 8
noun fire hydrant nine: 2
noun fire hydrant of: 7
noun fire hydrant opening: 2
noun fire hydrant sniffing: 2
noun fire hydrant to: 18
noun fire hydrant with: 2
noun fire is: 2
noun fire over: 2
noun fireplace and: 5
noun fireplace to: 2
noun fireplace with: 8
noun flag and: 5
noun flag around: 2
noun flag like: 2
noun flag near: 3
noun flag passing: 2
noun flag past: 2
noun flag with: 8
noun floor across: 2
noun floor and: 4
noun floor has: 2
noun floor in: 3
noun floor on: 113
noun floor with: 6
noun flower and: 3
noun flower has: 2
noun flower of: 2
noun flower three: 2
noun flower to: 2
noun flower two: 2
noun flower wearing: 2
noun flower with: 11
noun fog in: 2
noun food and: 2
noun food cooking: 4
noun food eating: 8
noun food for: 2
noun food getting: 2
noun food has: 4
noun food of: 15
noun food with: 16
noun forest in: 28
noun forest near: 5
noun forest of: 4
noun forest through: 4
noun forest to: 9
noun fork and: 13
noun fork holding: 2
noun fork on: 2
noun fork to: 4
noun fork with: 20
noun formation on: 2
noun fountain near: 2
noun frame has: 2
noun frame in: 2
noun frame of: 4
noun freeway on: 4
noun freezer of: 2
noun fridge has: 2
noun fridge in: 2
noun fridge inside: 3
noun fridge into: 2
noun fridge of: 5
noun fridge to: 2
noun fridge with: 6
noun friend of: 2
noun friend three: 3
noun friend to: 3
noun friend two: 5
noun friend with: 2
noun frisbee after: 2
noun frisbee and: 4
noun frisbee catch: 16
noun frisbee catches: 2
noun frisbee catching: 8
noun frisbee chasing: 2
noun frisbee for: 6
noun frisbee get: 3
noun frisbee grab: 3
noun frisbee has: 2
noun frisbee holding: 20
noun frisbee reach: 2
noun frisbee throw: 7
noun frisbee throwing: 13
noun frisbee to: 2
noun frisbee tossing: 3
noun frisbee with: 26
noun fruit and: 3
noun fruit at: 2
noun fruit from: 2
noun fruit of: 7
noun fruit several: 2
noun fruit with: 2
noun game at: 24
noun game during: 53
noun game enjoying: 2
noun game for: 2
noun game in: 29
noun game of: 8
noun game on: 3
noun game play: 20
noun game playing: 152
noun game plays: 6
noun game watching: 3
noun game with: 3
noun garage of: 5
noun garbage in: 2
noun garden in: 15
noun gate at: 4
noun gate near: 2
noun gate to: 4
noun giraffe and: 6
noun giraffe at: 6
noun giraffe feeding: 8
noun giraffe four: 12
noun giraffe is: 4
noun giraffe of: 13
noun giraffe one: 2
noun giraffe several: 6
noun giraffe three: 19
noun giraffe to: 5
noun giraffe two: 113
noun giraffe with: 2
noun girl and: 18
noun girl by: 2
noun girl for: 2
noun girl holding: 4
noun girl is: 5
noun girl of: 9
noun girl one: 3
noun girl three: 3
noun girl to: 2
noun girl two: 53
noun girl while: 2
noun girl with: 7
noun glass and: 14
noun glass behind: 2
noun glass from: 2
noun glass holding: 3
noun glass in: 4
noun glass into: 2
noun glass near: 3
noun glass of: 9
noun glass on: 2
noun glass pouring: 4
noun glass several: 2
noun glass three: 4
noun glass to: 11
noun glass two: 13
noun glass with: 6
noun glove holding: 2
noun glove of: 3
noun glove wearing: 2
noun glove with: 6
noun goat to: 2
noun goat two: 5
noun graffito has: 2
noun graffito with: 2
noun grass across: 2
noun grass and: 3
noun grass eat: 4
noun grass eating: 9
noun grass in: 134
noun grass on: 56
noun grass through: 8
noun grass to: 2
noun grill of: 2
noun grill on: 10
noun grizzly bear of: 3
noun grizzly bear three: 3
noun grizzly bear two: 9
noun ground at: 2
noun ground in: 7
noun ground near: 3
noun ground of: 5
noun ground off: 6
noun ground on: 109
noun ground over: 2
noun ground to: 4
noun guest for: 2
noun guitar playing: 6
noun guitar with: 3
noun guy of: 4
noun guy showing: 2
noun guy three: 2
noun guy two: 12
noun gym in: 4
noun habitat in: 10
noun hair drying: 3
noun hair getting: 3
noun hair with: 2
noun haircut getting: 4
noun hall in: 5
noun hallway in: 4
noun hammock in: 3
noun handle through: 2
noun handle to: 4
noun handle with: 5
noun hanger in: 2
noun hanger on: 2
noun harbor in: 6
noun harbor near: 2
noun harbor on: 2
noun harbor over: 2
noun harness with: 3
noun hat and: 5
noun hat has: 4
noun hat in: 20
noun hat of: 2
noun hat on: 2
noun hat wearing: 42
noun hat with: 30
noun hay eating: 5
noun head above: 3
noun head around: 3
noun head giraffe's: 3
noun head has: 5
noun head it's: 17
noun head man's: 3
noun head of: 7
noun head on: 20
noun head over: 10
noun head pokes: 3
noun head poking: 3
noun head resting: 5
noun head rests: 3
noun head sticking: 4
noun head sticks: 2
noun head with: 20
noun head woman's: 3
noun heart with: 3
noun height at: 2
noun helmet in: 7
noun helmet wearing: 18
noun helmet wears: 2
noun helmet with: 6
noun highway of: 4
noun highway on: 9
noun hill atop: 3
noun hill by: 2
noun hill down: 51
noun hill in: 2
noun hill of: 15
noun hill on: 28
noun hill over: 3
noun hill to: 3
noun hill up: 10
noun hillside down: 2
noun hillside on: 6
noun hip on: 2
noun holder of: 2
noun hole by: 2
noun hole through: 4
noun home in: 5
noun home of: 6
noun hood it's: 2
noun hood on: 11
noun hood with: 4
noun horse and: 9
noun horse at: 2
noun horse behind: 2
noun horse by: 7
noun horse four: 2
noun horse guide: 2
noun horse is: 4
noun horse jumping: 4
noun horse leading: 3
noun horse of: 25
noun horse on: 28
noun horse one: 2
noun horse petting: 3
noun horse rides: 10
noun horse riding: 55
noun horse three: 6
noun horse to: 9
noun horse two: 42
noun horse while: 5
noun horse with: 13
noun hot dog eat: 2
noun hot dog eating: 5
noun hot dog holding: 9
noun hot dog of: 5
noun hot dog putting: 3
noun hot dog three: 4
noun hot dog two: 9
noun hot dog with: 5
noun hotdog eating: 2
noun hotdog holding: 3
noun hotdog three: 2
noun hotdog with: 3
noun hotel in: 2
noun hotel of: 2
noun hotel to: 2
noun house and: 2
noun house by: 2
noun house in: 13
noun house inside: 3
noun house near: 5
noun house of: 30
noun house someone's: 3
noun house to: 6
noun house with: 3
noun image multiple: 2
noun image three: 3
noun image two: 2
noun intersection and: 2
noun intersection at: 37
noun intersection in: 2
noun intersection marks: 2
noun intersection of: 10
noun intersection on: 3
noun intersection through: 6
noun island on: 2
noun island with: 3
noun item and: 2
noun item of: 2
noun item several: 4
noun item with: 2
noun jacket and: 2
noun jacket in: 32
noun jacket wearing: 7
noun jacket with: 4
noun jar and: 2
noun jar to: 2
noun jeep of: 3
noun jersey in: 3
noun jet two: 7
noun jockey three: 2
noun jump attempting: 2
noun jump does: 3
noun jump doing: 4
noun jump during: 4
noun jump in: 2
noun jump makes: 2
noun jump making: 2
noun jump of: 4
noun jump on: 3
noun jump performs: 3
noun jungle in: 2
noun kettle with: 2
noun keyboard above: 2
noun keyboard and: 11
noun keyboard at: 3
noun keyboard by: 2
noun keyboard near: 6
noun keyboard of: 7
noun keyboard on: 20
noun keyboard playing: 2
noun keyboard to: 13
noun keyboard using: 2
noun keyboard with: 13
noun kid two: 11
noun kid with: 2
noun kitchen and: 2
noun kitchen in: 150
noun kitchen inside: 2
noun kitchen is: 5
noun kitchen near: 2
noun kitchen of: 22
noun kitchen with: 2
noun kite and: 2
noun kite carrying: 3
noun kite fixing: 2
noun kite flies: 5
noun kite fly: 15
noun kite flying: 80
noun kite get: 3
noun kite holding: 11
noun kite launch: 2
noun kite making: 2
noun kite near: 3
noun kite of: 4
noun kite onto: 2
noun kite several: 5
noun kite two: 3
noun kite under: 2
noun kite up: 2
noun kite while: 4
noun kite with: 27
noun knee on: 2
noun knee with: 2
noun knife and: 8
noun knife by: 2
noun knife has: 2
noun knife holding: 11
noun knife to: 2
noun knife with: 14
noun lady and: 2
noun lady two: 6
noun lady with: 2
noun lake at: 3
noun lake by: 2
noun lake in: 11
noun lake near: 4
noun lake of: 11
noun lake on: 14
noun lake over: 3
noun lake through: 2
noun lake to: 4
noun lamp and: 4
noun lamp has: 2
noun lamp on: 2
noun lamp post and: 4
noun lamp post of: 4
noun lamp post to: 5
noun lamp post two: 2
noun lamp post under: 2
noun lamp post with: 5
noun lamp to: 4
noun lamp two: 3
noun lamp with: 5
noun land in: 2
noun land of: 2
noun land on: 4
noun landing for: 2
noun landing it's: 2
noun landscape in: 2
noun language in: 3
noun language two: 3
noun lap in: 3
noun lap is: 2
noun lap man's: 2
noun lap of: 2
noun lap on: 20
noun lap using: 4
noun lapel on: 2
noun laptop and: 22
noun laptop at: 8
noun laptop beside: 4
noun laptop holding: 3
noun laptop into: 3
noun laptop near: 9
noun laptop of: 40
noun laptop on: 30
noun laptop one: 3
noun laptop operating: 3
noun laptop several: 3
noun laptop to: 15
noun laptop two: 8
noun laptop uses: 2
noun laptop using: 12
noun laptop with: 55
noun lawn on: 11
noun leaf eating: 2
noun leaf in: 2
noun leaf several: 2
noun leaf to: 3
noun leash on: 16
noun leash with: 3
noun ledge of: 4
noun ledge on: 21
noun lens through: 5
noun lid on: 3
noun lid with: 11
noun life is: 2
noun light and: 6
noun light at: 14
noun light by: 2
noun light for: 3
noun light has: 3
noun light of: 3
noun light on: 7
noun light to: 2
noun light two: 3
noun light under: 4
noun light with: 23
noun limb on: 4
noun living room in: 99
noun living room is: 3
noun living room of: 12
noun load with: 2
noun lobby in: 3
noun log near: 3
noun log on: 6
noun log to: 2
noun logo with: 2
noun luggage with: 10
noun machine of: 2
noun machine to: 2
noun male and: 2
noun male of: 3
noun male two: 3
noun man and: 33
noun man as: 13
noun man at: 3
noun man behind: 2
noun man by: 11
noun man five: 3
noun man four: 11
noun man is: 34
noun man near: 4
noun man of: 73
noun man one: 11
noun man past: 2
noun man several: 12
noun man six: 2
noun man three: 35
noun man to: 31
noun man two: 180
noun man watch: 3
noun man watching: 4
noun man while: 8
noun man with: 24
noun mane with: 2
noun mannequin two: 2
noun map of: 3
noun map with: 2
noun marina of: 2
noun market at: 16
noun market in: 8
noun market through: 2
noun marsh behind: 2
noun mask wearing: 2
noun mat on: 6
noun mattress on: 3
noun meadow in: 8
noun meal eating: 8
noun meal for: 2
noun meal having: 3
noun meal preparing: 2
noun meal sharing: 6
noun meal with: 3
noun meat and: 2
noun message with: 2
noun microphone holding: 2
noun microphone into: 2
noun microwave and: 4
noun microwave is: 3
noun microwave of: 5
noun microwave to: 2
noun microwave with: 5
noun midst in: 5
noun mint to: 2
noun mirror and: 12
noun mirror at: 2
noun mirror by: 2
noun mirror from: 3
noun mirror has: 3
noun mirror in: 57
noun mirror into: 6
noun mirror near: 2
noun mirror of: 24
noun mirror sink: 2
noun mirror through: 2
noun mirror to: 5
noun mirror two: 2
noun mirror under: 10
noun mirror underneath: 2
noun mirror using: 3
noun mirror with: 11
noun mitt wearing: 2
noun monitor and: 12
noun monitor at: 3
noun monitor laptop: 2
noun monitor of: 7
noun monitor three: 4
noun monitor to: 6
noun monitor two: 31
noun monitor with: 12
noun monkey and: 2
noun moon of: 2
noun moon under: 2
noun moon with: 5
noun moped of: 2
noun moped on: 3
noun mother from: 4
noun mother it's: 2
noun motorcycle and: 6
noun motorcycle around: 4
noun motorcycle at: 4
noun motorcycle beside: 5
noun motorcycle driving: 3
noun motorcycle near: 3
noun motorcycle of: 28
noun motorcycle on: 53
noun motorcycle rides: 2
noun motorcycle riding: 41
noun motorcycle several: 5
noun motorcycle to: 12
noun motorcycle two: 3
noun motorcycle with: 6
noun mound from: 2
noun mound on: 7
noun mound pitcher's: 2
noun mountain below: 2
noun mountain by: 3
noun mountain down: 20
noun mountain in: 6
noun mountain of: 28
noun mountain on: 35
noun mountain to: 6
noun mountain up: 5
noun mountain with: 6
noun mouse and: 11
noun mouse holding: 2
noun mouse to: 8
noun mouse with: 13
noun mouth in: 27
noun mouth it's: 6
noun mouth of: 4
noun mouth opening: 2
noun mouth to: 3
noun mouth with: 13
noun mud in: 2
noun muffin and: 2
noun mustache with: 2
noun name with: 2
noun napkin on: 5
noun napkin with: 2
noun neck around: 4
noun neck has: 2
noun neck it's: 5
noun neck on: 2
noun neighborhood in: 6
noun neon in: 2
noun newspaper reading: 3
noun newspaper to: 2
noun nose has: 3
noun nose with: 2
noun notebook in: 2
noun notebook with: 2
noun notepad on: 2
noun object at: 3
noun object holding: 5
noun object of: 2
noun object on: 3
noun object with: 5
noun obstacle over: 8
noun ocean at: 5
noun ocean by: 6
noun ocean from: 2
noun ocean in: 92
noun ocean into: 6
noun ocean near: 16
noun ocean of: 11
noun ocean on: 8
noun ocean over: 12
noun ocean overlooking: 3
noun ocean to: 15
noun office in: 11
noun office inside: 2
noun opponent to: 3
noun orange and: 5
noun orange five: 2
noun orange has: 2
noun orange holding: 2
noun orange of: 7
noun orange one: 3
noun orange with: 5
noun ornament as: 2
noun outfield in: 5
noun outfit in: 8
noun outfit wearing: 3
noun oven and: 9
noun oven by: 4
noun oven in: 25
noun oven inside: 3
noun oven into: 4
noun oven of: 20
noun oven on: 2
noun oven to: 6
noun oven with: 4
noun overpass on: 3
noun overpass under: 3
noun owl two: 3
noun pacifier with: 3
noun pad on: 4
noun paddle and: 2
noun paddle with: 3
noun paddock in: 2
noun painting and: 2
noun painting is: 2
noun painting with: 4
noun pallet on: 3
noun palm in: 2
noun pan holding: 2
noun pan in: 8
noun pan of: 5
noun pan on: 10
noun pan to: 2
noun paper for: 2
noun paper to: 2
noun parachute to: 2
noun parachute using: 2
noun parade in: 3
noun park around: 3
noun park at: 43
noun park in: 89
noun park near: 5
noun park of: 7
noun park on: 2
noun park over: 2
noun park through: 4
noun park to: 2
noun parka in: 2
noun parrot two: 3
noun party at: 9
noun passenger to: 3
noun pastry to: 2
noun pastry up: 2
noun pastry with: 2
noun pasture in: 31
noun pasture of: 3
noun pasture on: 3
noun patch in: 2
noun patch on: 7
noun path along: 10
noun path down: 4
noun path on: 18
noun pathway on: 2
noun patio on: 5
noun pattern has: 3
noun pavement on: 12
noun paw it's: 3
noun paw one: 2
noun paw with: 5
noun pen in: 24
noun pen of: 3
noun pen with: 4
noun pencil and: 2
noun person and: 20
noun person around: 2
noun person as: 5
noun person at: 5
noun person by: 10
noun person five: 6
noun person four: 17
noun person has: 2
noun person is: 7
noun person multiple: 2
noun person near: 2
noun person of: 54
noun person one: 12
noun person seven: 3
noun person several: 58
noun person showing: 2
noun person three: 69
noun person to: 13
noun person two: 243
noun person while: 6
noun person with: 37
noun phone and: 3
noun phone at: 15
noun phone checking: 4
noun phone holding: 21
noun phone holds: 3
noun phone is: 2
noun phone of: 3
noun phone on: 45
noun phone to: 7
noun phone up: 4
noun phone using: 4
noun phone with: 13
noun photograph for: 2
noun photograph in: 5
noun photograph taking: 3
noun photograph two: 2
noun photographer at: 2
noun photographer of: 2
noun pickle and: 2
noun pickle with: 2
noun pie of: 5
noun pie with: 2
noun pier near: 2
noun pier of: 2
noun pier on: 2
noun pier to: 2
noun pigeon three: 2
noun pillow and: 3
noun pillow of: 2
noun pillow on: 7
noun pillow three: 3
noun pillow with: 2
noun pin in: 5
noun pitch at: 6
noun pitch awaiting: 2
noun pitch for: 10
noun pitch hit: 2
noun pitch throw: 3
noun pitch throwing: 2
noun pitch throws: 2
noun pitcher and: 2
noun pitcher to: 2
noun pitcher while: 2
noun pizza and: 6
noun pizza at: 3
noun pizza cuts: 2
noun pizza eating: 5
noun pizza eats: 2
noun pizza from: 2
noun pizza has: 2
noun pizza holding: 7
noun pizza is: 9
noun pizza making: 2
noun pizza of: 22
noun pizza on: 3
noun pizza over: 3
noun pizza several: 2
noun pizza slicing: 2
noun pizza taking: 2
noun pizza three: 2
noun pizza to: 2
noun pizza two: 13
noun pizza up: 4
noun pizza with: 13
noun place and: 4
noun place in: 3
noun place of: 3
noun place with: 4
noun plane and: 2
noun plane as: 2
noun plane flying: 2
noun plane is: 2
noun plane near: 2
noun plane of: 9
noun plane on: 2
noun plane several: 4
noun plane to: 2
noun plane two: 9
noun plank on: 2
noun plant and: 4
noun plant eating: 2
noun plant near: 2
noun plant to: 3
noun plant with: 5
noun plate and: 10
noun plate at: 11
noun plate eating: 4
noun plate from: 9
noun plate has: 4
noun plate holding: 23
noun plate in: 4
noun plate is: 5
noun plate making: 2
noun plate multiple: 2
noun plate near: 2
noun plate of: 44
noun plate on: 286
noun plate over: 2
noun plate several: 7
noun plate three: 4
noun plate to: 10
noun plate two: 27
noun plate up: 2
noun plate with: 27
noun platform at: 7
noun platform beside: 2
noun platform near: 4
noun platform on: 20
noun platform past: 2
noun platform to: 5
noun platter on: 8
noun player as: 2
noun player of: 3
noun player several: 3
noun player to: 3
noun player two: 4
noun playground at: 2
noun plaza of: 2
noun pocket in: 2
noun podium at: 3
noun polar bear of: 2
noun pole against: 4
noun pole from: 4
noun pole has: 2
noun pole holding: 3
noun pole into: 2
noun pole near: 5
noun pole of: 17
noun pole on: 49
noun pole over: 3
noun pole to: 25
noun pole two: 7
noun pole with: 2
noun pond from: 3
noun pond in: 3
noun pond near: 2
noun pony two: 2
noun pool in: 6
noun pool of: 3
noun porch on: 3
noun port in: 2
noun portrait for: 3
noun portrait takes: 2
noun portrait taking: 3
noun position in: 6
noun poster with: 2
noun pot and: 2
noun pot from: 2
noun pot in: 5
noun pot of: 3
noun pot two: 4
noun pot with: 2
noun price with: 2
noun printer and: 5
noun printer to: 2
noun process in: 5
noun puppy with: 2
noun purse with: 2
noun quilt with: 2
noun race during: 2
noun race in: 7
noun rack and: 2
noun rack in: 4
noun rack on: 7
noun rack with: 4
noun racket and: 2
noun racket holding: 16
noun racket holds: 3
noun racket swing: 3
noun racket swinging: 12
noun racket swings: 2
noun racket with: 26
noun racquet has: 3
noun racquet holding: 55
noun racquet swinging: 15
noun racquet with: 30
noun rag with: 2
noun rail against: 4
noun rail behind: 2
noun rail down: 5
noun rail of: 4
noun rail on: 19
noun rail over: 2
noun rail to: 2
noun railing at: 2
noun railing near: 2
noun railing on: 4
noun railing over: 3
noun railing to: 2
noun railroad on: 2
noun rain in: 35
noun rain through: 4
noun rain watching: 3
noun rainbow with: 2
noun ramp down: 13
noun ramp of: 25
noun ramp on: 23
noun ramp over: 2
noun ramp riding: 2
noun ramp up: 5
noun range of: 2
noun range over: 2
noun rear from: 2
noun receiver where: 2
noun reception at: 2
noun reflection and: 2
noun reflection at: 3
noun reflection in: 3
noun reflection it's: 2
noun reflection of: 4
noun reflection with: 5
noun refrigerator and: 9
noun refrigerator has: 3
noun refrigerator in: 8
noun refrigerator inside: 3
noun refrigerator into: 3
noun refrigerator of: 21
noun refrigerator on: 2
noun refrigerator to: 2
noun refrigerator two: 3
noun refrigerator with: 10
noun remote and: 2
noun remote holding: 13
noun remote of: 3
noun remote three: 2
noun remote to: 7
noun remote two: 5
noun remote with: 20
noun restaurant at: 29
noun restaurant in: 29
noun restaurant inside: 3
noun restaurant of: 11
noun restaurant to: 2
noun restroom in: 13
noun ribbon cutting: 2
noun ribbon with: 2
noun rider and: 3
noun rider of: 2
noun rider two: 2
noun rim on: 4
noun river along: 9
noun river by: 6
noun river cross: 2
noun river crossing: 5
noun river down: 6
noun river in: 22
noun river near: 9
noun river of: 10
noun river on: 9
noun river through: 2
noun river to: 7
noun road above: 2
noun road across: 5
noun road along: 5
noun road and: 2
noun road beside: 3
noun road by: 8
noun road crossing: 3
noun road down: 70
noun road four: 2
noun road in: 8
noun road near: 9
noun road of: 125
noun road on: 97
noun road over: 6
noun road to: 15
noun robe in: 2
noun rock behind: 2
noun rock between: 2
noun rock by: 4
noun rock in: 3
noun rock near: 5
noun rock of: 8
noun rock on: 26
noun rock to: 2
noun rock toward: 2
noun rock with: 2
noun rodeo at: 2
noun roll and: 2
noun roll on: 5
noun roll two: 2
noun roof near: 2
noun roof of: 2
noun roof on: 7
noun room across: 2
noun room around: 2
noun room in: 166
noun room inside: 2
noun room is: 3
noun room of: 22
noun room to: 2
noun rope with: 3
noun rug and: 3
noun rug on: 8
noun rug with: 3
noun run as: 3
noun run in: 2
noun run of: 2
noun runner with: 2
noun runway at: 2
noun runway down: 3
noun runway from: 7
noun runway of: 7
noun runway on: 53
noun safety through: 2
noun sail with: 3
noun sailboat several: 2
noun salad and: 8
noun salad to: 2
noun salad with: 8
noun salon at: 2
noun salon in: 2
noun sand along: 3
noun sand in: 38
noun sand of: 2
noun sand on: 19
noun sand over: 2
noun sandwich and: 8
noun sandwich eating: 5
noun sandwich has: 6
noun sandwich holding: 7
noun sandwich is: 2
noun sandwich of: 11
noun sandwich off: 2
noun sandwich preparing: 2
noun sandwich two: 12
noun sandwich with: 14
noun sauce in: 3
noun sauce with: 3
noun sausage three: 2
noun sausage with: 2
noun savannah on: 3
noun scarf wearing: 2
noun scissors of: 2
noun scooter and: 4
noun scooter on: 11
noun scooter riding: 2
noun scooter with: 2
noun screen and: 2
noun screen at: 11
noun screen displaying: 2
noun screen into: 2
noun screen of: 6
noun screen on: 18
noun screen several: 2
noun screen two: 4
noun screen watching: 2
noun screen with: 3
noun sculpture of: 2
noun sculpture on: 2
noun sea in: 4
noun sea of: 2
noun seagull two: 3
noun seashell three: 2
noun seat and: 2
noun seat has: 2
noun seat in: 3
noun seat it's: 3
noun seat of: 3
noun seat on: 14
noun seat with: 13
noun section in: 2
noun shade in: 14
noun shade under: 2
noun shape in: 5
noun sheet of: 2
noun sheet on: 5
noun sheet to: 2
noun shelf and: 6
noun shelf of: 8
noun shelf on: 17
noun shelf three: 2
noun shelf to: 2
noun shelf under: 2
noun shelf with: 3
noun ship two: 2
noun shirt and: 5
noun shirt has: 2
noun shirt in: 76
noun shirt wearing: 25
noun shirt with: 15
noun shirt without: 2
noun shoe two: 2
noun shoe with: 5
noun shop at: 4
noun shop in: 6
noun shop of: 7
noun shop past: 2
noun shore along: 2
noun shore by: 3
noun shore near: 3
noun shore on: 21
noun shore to: 3
noun shoreline at: 2
noun shoreline near: 3
noun shoreline on: 2
noun shoulder on: 8
noun shoulder over: 6
noun shower and: 8
noun shower has: 2
noun shower in: 2
noun shower to: 5
noun shower with: 6
noun sidewalk along: 9
noun sidewalk down: 21
noun sidewalk in: 2
noun sidewalk near: 6
noun sidewalk of: 12
noun sidewalk on: 148
noun sidewalk to: 11
noun sidewalk with: 2
noun sign and: 17
noun sign beside: 2
noun sign carrying: 2
noun sign has: 5
noun sign holding: 2
noun sign holds: 2
noun sign is: 6
noun sign near: 4
noun sign of: 10
noun sign on: 3
noun sign one: 9
noun sign past: 3
noun sign several: 2
noun sign three: 4
noun sign to: 8
noun sign two: 13
noun sign under: 4
noun sign underneath: 2
noun sign with: 28
noun signal at: 2
noun sill in: 6
noun sill of: 2
noun sill on: 12
noun sink above: 5
noun sink and: 26
noun sink has: 5
noun sink in: 29
noun sink inside: 2
noun sink is: 2
noun sink near: 3
noun sink of: 12
noun sink on: 4
noun sink several: 2
noun sink three: 4
noun sink to: 15
noun sink toilet: 2
noun sink two: 13
noun sink with: 48
noun size to: 2
noun skateboard holding: 4
noun skateboard jumping: 4
noun skateboard like: 3
noun skateboard of: 9
noun skateboard on: 164
noun skateboard onto: 2
noun skateboard ride: 4
noun skateboard rides: 4
noun skateboard riding: 77
noun skateboard with: 24
noun skateboarder is: 2
noun skateboarder two: 4
noun ski in: 3
noun ski on: 11
noun ski with: 7
noun skier multiple: 2
noun skier several: 4
noun skier three: 5
noun skier two: 9
noun skillet in: 3
noun skirt in: 8
noun skirt wearing: 3
noun skirt with: 2
noun skyscraper of: 4
noun slab on: 2
noun sled in: 2
noun sled on: 3
noun sled to: 2
noun slope across: 3
noun slope down: 57
noun slope of: 14
noun slope on: 44
noun snack having: 2
noun sneaker on: 2
noun snow across: 4
noun snow at: 2
noun snow in: 121
noun snow into: 2
noun snow of: 4
noun snow on: 14
noun snow through: 10
noun snowboard and: 2
noun snowboard on: 23
noun snowboard riding: 14
noun snowboard with: 8
noun snowboarder is: 2
noun snowboarder of: 2
noun snowboarder two: 3
noun soccer ball after: 5
noun soccer ball kick: 9
noun soccer ball kicking: 11
noun soccer ball on: 2
noun soccer ball two: 2
noun soccer ball with: 4
noun soda and: 3
noun sofa near: 2
noun sofa of: 4
noun sofa on: 7
noun sofa with: 6
noun soldier two: 2
noun space in: 3
noun speaker two: 4
noun spoon and: 6
noun spoon holding: 3
noun spoon of: 2
noun spoon to: 3
noun spoon with: 9
noun square in: 3
noun square on: 2
noun stadium in: 3
noun stage on: 3
noun stair down: 3
noun stair on: 3
noun stall at: 2
noun stall in: 15
noun stall inside: 3
noun stall to: 2
noun stance in: 4
noun star and: 3
noun station around: 2
noun station at: 47
noun station from: 3
noun station in: 25
noun station into: 16
noun station leaving: 2
noun station near: 7
noun station of: 8
noun station outside: 3
noun station through: 4
noun station to: 7
noun statue at: 4
noun statue of: 5
noun statue on: 7
noun statue to: 4
noun statue with: 7
noun steeple with: 4
noun step on: 8
noun step over: 2
noun step up: 2
noun stick holding: 8
noun stick of: 2
noun stick two: 2
noun stick with: 4
noun sticker with: 3
noun stomach on: 3
noun stone on: 2
noun stool on: 7
noun stop and: 2
noun stop at: 21
noun stop of: 2
noun stop sign above: 2
noun stop sign and: 3
noun stop sign at: 3
noun stop sign behind: 3
noun stop sign is: 6
noun stop sign near: 2
noun stop sign of: 18
noun stop sign to: 2
noun stop sign with: 2
noun stop to: 3
noun stoplight and: 2
noun store at: 5
noun store from: 2
noun store in: 18
noun store of: 11
noun store outside: 4
noun store past: 2
noun storefront by: 2
noun story three: 2
noun stove at: 4
noun stove behind: 2
noun stove has: 4
noun stove in: 3
noun stove of: 10
noun stove on: 25
noun stove two: 4
noun stove with: 14
noun strawberry and: 2
noun strawberry five: 2
noun strawberry two: 3
noun stream by: 2
noun stream crossing: 2
noun stream of: 4
noun street above: 4
noun street across: 17
noun street along: 16
noun street and: 4
noun street at: 2
noun street by: 11
noun street cross: 8
noun street crosses: 2
noun street crossing: 21
noun street crowd: 2
noun street down: 156
noun street from: 5
noun street in: 56
noun street into: 2
noun street line: 2
noun street near: 6
noun street of: 98
noun street off: 2
noun street on: 284
noun street over: 9
noun street sign and: 4
noun street sign as: 2
noun street sign has: 3
noun street sign is: 7
noun street sign near: 2
noun street sign of: 10
noun street sign on: 2
noun street sign several: 3
noun street sign to: 7
noun street sign two: 15
noun street sign with: 10
noun street through: 9
noun street to: 24
noun street two: 4
noun street up: 3
noun string onto: 2
noun string two: 2
noun strip on: 3
noun structure of: 2
noun stuffed animal four: 2
noun stuffed animal holding: 3
noun stuffed animal is: 2
noun stuffed animal three: 4
noun stuffed animal two: 12
noun stunt doing: 3
noun stunt performing: 2
noun subway on: 2
noun suit and: 3
noun suit in: 57
noun suit wearing: 19
noun suit wears: 2
noun suit with: 2
noun suitcase carrying: 2
noun suitcase holding: 4
noun suitcase in: 10
noun suitcase of: 8
noun suitcase several: 4
noun suitcase three: 2
noun suitcase to: 2
noun suitcase under: 3
noun suitcase with: 7
noun suite in: 4
noun sun as: 3
noun sun enjoying: 5
noun sun in: 25
noun sun while: 2
noun sunflower with: 2
noun sunshine in: 2
noun surf in: 3
noun surface on: 34
noun surfboard and: 3
noun surfboard biting: 2
noun surfboard carries: 2
noun surfboard carrying: 7
noun surfboard holding: 20
noun surfboard near: 3
noun surfboard of: 20
noun surfboard on: 117
noun surfboard riding: 23
noun surfboard to: 7
noun surfboard two: 2
noun surfboard using: 2
noun surfboard with: 20
noun surfer is: 4
noun surfer of: 3
noun surfer on: 2
noun surfer two: 14
noun sweater in: 3
noun sweatshirt in: 2
noun swing practicing: 4
noun swing take: 2
noun swing takes: 4
noun swing taking: 16
noun t-shirt in: 4
noun t-shirt wearing: 3
noun table across: 2
noun table and: 33
noun table around: 52
noun table at: 227
noun table atop: 3
noun table behind: 8
noun table beside: 2
noun table by: 9
noun table couch: 2
noun table from: 4
noun table has: 4
noun table is: 6
noun table near: 10
noun table of: 83
noun table on: 477
noun table over: 7
noun table sitting: 2
noun table surrounding: 2
noun table to: 15
noun table two: 2
noun table under: 3
noun table with: 14
noun tabletop on: 3
noun tail it's: 2
noun tail with: 3
noun tank on: 2
noun tank with: 2
noun tarmac of: 3
noun tarmac on: 19
noun taxi of: 2
noun teddy bear and: 2
noun teddy bear at: 3
noun teddy bear four: 2
noun teddy bear has: 3
noun teddy bear holding: 12
noun teddy bear of: 2
noun teddy bear three: 12
noun teddy bear to: 5
noun teddy bear two: 20
noun teddy bear with: 15
noun television and: 15
noun television at: 3
noun television has: 4
noun television near: 3
noun television of: 11
noun television on: 8
noun television two: 3
noun television watching: 2
noun television with: 8
noun temperature getting: 2
noun tennis at: 3
noun tennis ball at: 23
noun tennis ball bouncing: 2
noun tennis ball for: 2
noun tennis ball hit: 28
noun tennis ball hits: 6
noun tennis ball hitting: 18
noun tennis ball returning: 2
noun tennis ball serve: 7
noun tennis ball serves: 2
noun tennis ball serving: 9
noun tennis ball throwing: 2
noun tennis ball throws: 3
noun tennis ball to: 2
noun tennis ball tossing: 2
noun tennis ball towards: 2
noun tennis during: 7
noun tennis in: 9
noun tennis player is: 7
noun tennis player of: 3
noun tennis player two: 12
noun tennis racket holding: 41
noun tennis racket holds: 3
noun tennis racket on: 2
noun tennis racket swing: 2
noun tennis racket swinging: 24
noun tennis racket swings: 2
noun tennis racket up: 5
noun tennis racket with: 36
noun tent of: 2
noun tent to: 3
noun tent under: 4
noun theme with: 2
noun thing several: 2
noun thing with: 2
noun thumb giving: 3
noun tie and: 16
noun tie has: 2
noun tie in: 7
noun tie on: 2
noun tie tying: 2
noun tie wearing: 25
noun tie with: 18
noun tile with: 2
noun tin in: 2
noun tire on: 3
noun tire with: 5
noun toaster and: 2
noun toddler to: 3
noun toilet above: 3
noun toilet and: 19
noun toilet beside: 3
noun toilet by: 2
noun toilet contains: 2
noun toilet flushing: 2
noun toilet has: 5
noun toilet in: 2
noun toilet is: 3
noun toilet of: 34
noun toilet on: 21
noun toilet over: 8
noun toilet to: 20
noun toilet two: 5
noun toilet with: 41
noun tomato holding: 2
noun tongue extends: 3
noun tongue out: 2
noun tongue with: 3
noun tooth brushes: 5
noun tooth brushing: 39
noun toothbrush holding: 8
noun toothbrush holds: 3
noun toothbrush two: 3
noun toothbrush with: 13
noun tournament in: 3
noun towel and: 4
noun towel in: 3
noun towel on: 5
noun towel two: 4
noun towel wearing: 3
noun towel with: 6
noun tower and: 5
noun tower at: 2
noun tower atop: 3
noun tower has: 5
noun tower in: 2
noun tower of: 19
noun tower on: 4
noun tower to: 3
noun tower with: 23
noun town in: 8
noun town of: 8
noun toy and: 3
noun toy child's: 2
noun toy holding: 2
noun toy of: 2
noun toy to: 5
noun toy with: 7
noun track along: 12
noun track around: 2
noun track at: 3
noun track down: 76
noun track on: 136
noun track several: 2
noun track to: 4
noun trade at: 2
noun traffic light and: 5
noun traffic light at: 6
noun traffic light near: 2
noun traffic light on: 2
noun traffic light to: 5
noun traffic light two: 2
noun traffic light with: 6
noun trail along: 4
noun trail down: 4
noun trail leaves: 2
noun trail leaving: 2
noun trail on: 10
noun trail through: 2
noun trailer into: 3
noun trailer of: 3
noun trailer with: 2
noun train and: 2
noun train as: 5
noun train beside: 3
noun train by: 3
noun train for: 10
noun train from: 3
noun train in: 4
noun train inside: 2
noun train is: 7
noun train like: 2
noun train near: 4
noun train of: 34
noun train on: 21
noun train to: 9
noun train two: 15
noun train while: 2
noun train with: 9
noun trash near: 2
noun trash of: 4
noun tray holding: 2
noun tray in: 6
noun tray is: 2
noun tray of: 2
noun tray on: 29
noun tray over: 2
noun tray three: 2
noun tray two: 3
noun tray with: 4
noun tree above: 3
noun tree against: 4
noun tree among: 2
noun tree and: 16
noun tree behind: 4
noun tree beneath: 2
noun tree beside: 3
noun tree by: 20
noun tree four: 2
noun tree from: 11
noun tree in: 23
noun tree near: 32
noun tree of: 40
noun tree on: 16
noun tree over: 3
noun tree several: 4
noun tree through: 3
noun tree to: 45
noun tree towards: 2
noun tree under: 18
noun tree underneath: 6
noun tree with: 17
noun trick attempts: 3
noun trick does: 14
noun trick doing: 74
noun trick performing: 14
noun trick performs: 6
noun tripod on: 2
noun tripod with: 2
noun truck and: 7
noun truck at: 2
noun truck behind: 3
noun truck beside: 2
noun truck by: 3
noun truck driving: 2
noun truck from: 2
noun truck in: 8
noun truck is: 3
noun truck near: 2
noun truck of: 43
noun truck on: 2
noun truck several: 2
noun truck to: 9
noun truck two: 7
noun truck with: 4
noun trunk it's: 3
noun trunk on: 3
noun trunk to: 4
noun trunk with: 10
noun tub and: 8
noun tub in: 2
noun tub of: 4
noun tub to: 3
noun tub with: 16
noun tube to: 2
noun tunnel through: 2
noun turkey taking: 3
noun tuxedo in: 2
noun tv and: 5
noun tv has: 2
noun tv of: 4
noun tv on: 5
noun tv to: 2
noun tv watching: 2
noun tv with: 9
noun twig on: 2
noun umbrella and: 5
noun umbrella beneath: 2
noun umbrella by: 2
noun umbrella carrying: 5
noun umbrella for: 2
noun umbrella holding: 86
noun umbrella holds: 8
noun umbrella of: 5
noun umbrella several: 4
noun umbrella to: 3
noun umbrella two: 2
noun umbrella under: 57
noun umbrella underneath: 5
noun umbrella up: 6
noun umbrella with: 72
noun umpire and: 3
noun umpire with: 3
noun uniform in: 20
noun uniform wearing: 4
noun urinal three: 3
noun urinal two: 8
noun valley in: 4
noun van and: 2
noun van of: 2
noun vanity with: 4
noun vase and: 5
noun vase beside: 2
noun vase four: 3
noun vase has: 2
noun vase in: 28
noun vase inside: 2
noun vase is: 3
noun vase of: 5
noun vase three: 4
noun vase to: 5
noun vase two: 3
noun vase with: 8
noun vegetable several: 2
noun vegetable with: 3
noun vegetation on: 2
noun vehicle as: 2
noun vehicle from: 2
noun vehicle in: 2
noun vehicle near: 2
noun vehicle of: 6
noun vehicle on: 3
noun vehicle several: 5
noun vehicle two: 2
noun vest in: 2
noun vest wearing: 2
noun volley returned: 2
noun wagon pulling: 4
noun walkway along: 2
noun walkway down: 2
noun walkway of: 3
noun walkway on: 3
noun wall across: 2
noun wall against: 23
noun wall along: 4
noun wall and: 3
noun wall by: 6
noun wall from: 3
noun wall has: 2
noun wall in: 6
noun wall into: 3
noun wall near: 16
noun wall of: 26
noun wall on: 89
noun wall one: 2
noun wall over: 3
noun wall to: 37
noun wall up: 2
noun wall with: 13
noun warehouse in: 3
noun washer and: 2
noun water above: 3
noun water across: 3
noun water and: 4
noun water at: 5
noun water beside: 2
noun water by: 21
noun water from: 5
noun water in: 152
noun water into: 2
noun water near: 25
noun water of: 24
noun water on: 37
noun water over: 13
noun water through: 8
noun water to: 12
noun water with: 4
noun waterway on: 2
noun wave across: 2
noun wave against: 2
noun wave catch: 4
noun wave catching: 7
noun wave in: 5
noun wave of: 28
noun wave on: 46
noun wave over: 2
noun wave ride: 3
noun wave rides: 5
noun wave riding: 100
noun wave surf: 2
noun wave surfing: 17
noun wave surfs: 2
noun wave through: 8
noun wave two: 3
noun wave watching: 3
noun way both: 2
noun wedge and: 3
noun weed in: 2
noun wheel and: 2
noun wheel has: 2
noun wheel two: 2
noun wheelchair in: 5
noun wheeler four: 2
noun wilderness in: 7
noun wind in: 2
noun window and: 10
noun window behind: 6
noun window beside: 4
noun window by: 15
noun window from: 3
noun window has: 2
noun window in: 27
noun window into: 2
noun window near: 13
noun window of: 33
noun window on: 4
noun window out: 23
noun window outside: 6
noun window several: 2
noun window three: 2
noun window through: 19
noun window to: 22
noun window two: 8
noun window under: 5
noun window with: 15
noun windowsill on: 3
noun windshield on: 3
noun wine having: 2
noun winter in: 2
noun wire and: 5
noun wire over: 2
noun woman and: 78
noun woman as: 3
noun woman by: 5
noun woman four: 2
noun woman helping: 2
noun woman is: 20
noun woman kissing: 2
noun woman of: 27
noun woman one: 8
noun woman several: 2
noun woman three: 15
noun woman to: 16
noun woman two: 107
noun woman watching: 3
noun woman while: 5
noun woman with: 12
noun wood by: 2
noun wood in: 37
noun wood of: 2
noun wood on: 3
noun wood through: 3
noun wool sheering: 2
noun word with: 5
noun worker three: 2
noun workstation at: 2
noun world in: 2
noun yard in: 34
noun yard of: 3
noun yard through: 3
noun zebra and: 11
noun zebra four: 7
noun zebra of: 2
noun zebra on: 2
noun zebra several: 9
noun zebra three: 39
noun zebra to: 3
noun zebra two: 65
noun zebra while: 2
noun zebra with: 3
noun zone in: 2
noun zone of: 2
noun zoo at: 42
noun zoo in: 22
noun zoo of: 2
noun-after action in: 2
noun-after adult and: 13
noun-after adult in: 2
noun-after adult sheep: 3
noun-after adult sitting: 2
noun-after adult standing: 3
noun-after adult with: 2
noun-after adult working: 3
noun-after advertisement for: 2
noun-after advertisement on: 4
noun-after aircraft is: 2
noun-after airplane and: 3
noun-after airplane are: 3
noun-after airplane being: 3
noun-after airplane coming: 3
noun-after airplane flies: 5
noun-after airplane flying: 17
noun-after airplane has: 2
noun-after airplane in: 6
noun-after airplane is: 34
noun-after airplane looking: 2
noun-after airplane on: 5
noun-after airplane parked: 11
noun-after airplane sits: 4
noun-after airplane sitting: 4
noun-after airplane taking: 2
noun-after airplane that: 14
noun-after airplane with: 6
noun-after airport and: 2
noun-after airport terminal: 6
noun-after airport with: 5
noun-after amount of: 8
noun-after animal are: 6
noun-after animal grazing: 3
noun-after animal in: 9
noun-after animal is: 6
noun-after animal laying: 3
noun-after animal on: 3
noun-after animal standing: 3
noun-after animal that: 2
noun-after animal walking: 3
noun-after animal with: 2
noun-after apartment with: 3
noun-after apple and: 4
noun-after apple on: 3
noun-after apple sits: 2
noun-after apple sitting: 2
noun-after apple with: 2
noun-after apron and: 3
noun-after aquarium with: 2
noun-after area and: 3
noun-after area during: 2
noun-after area in: 4
noun-after area near: 4
noun-after area next: 2
noun-after area of: 8
noun-after area on: 4
noun-after area that: 3
noun-after area with: 55
noun-after arrangement in: 3
noun-after arrangement of: 2
noun-after array of: 3
noun-after art on: 2
noun-after assortment of: 24
noun-after athlete is: 2
noun-after atm inside: 2
noun-after baby a: 2
noun-after baby and: 3
noun-after baby are: 2
noun-after baby black: 2
noun-after baby holding: 2
noun-after baby in: 3
noun-after baby is: 9
noun-after baby laying: 3
noun-after baby looking: 4
noun-after baby next: 2
noun-after baby on: 2
noun-after baby one: 2
noun-after baby sheep: 2
noun-after baby sitting: 11
noun-after baby while: 3
noun-after baby who: 2
noun-after baby with: 3
noun-after backdrop of: 3
noun-after backpack and: 2
noun-after bag and: 4
noun-after bag in: 3
noun-after bag of: 12
noun-after bag on: 7
noun-after bag while: 4
noun-after bagel on: 2
noun-after bagel with: 2
noun-after balance on: 3
noun-after balcony overlooking: 2
noun-after ball and: 6
noun-after ball as: 3
noun-after ball at: 5
noun-after ball during: 9
noun-after ball floats: 2
noun-after ball in: 18
noun-after ball on: 16
noun-after ball to: 5
noun-after ball up: 4
noun-after ball while: 6
noun-after ball with: 14
noun-after banana and: 24
noun-after banana are: 4
noun-after banana being: 2
noun-after banana in: 7
noun-after banana is: 6
noun-after banana next: 2
noun-after banana on: 10
noun-after banana peel: 2
noun-after banana placed: 2
noun-after banana sitting: 9
noun-after banana split: 5
noun-after banana that: 3
noun-after banana where: 2
noun-after banana with: 2
noun-after bank of: 2
noun-after bar and: 3
noun-after bar in: 2
noun-after bar next: 2
noun-after bar of: 2
noun-after bar on: 3
noun-after bar that: 2
noun-after bar with: 4
noun-after barn with: 2
noun-after base in: 2
noun-after base of: 7
noun-after baseball as: 2
noun-after baseball bat as: 2
noun-after baseball bat at: 13
noun-after baseball bat during: 4
noun-after baseball bat in: 9
noun-after baseball bat is: 2
noun-after baseball bat on: 8
noun-after baseball bat over: 2
noun-after baseball bat that: 2
noun-after baseball bat while: 3
noun-after baseball during: 5
noun-after baseball from: 2
noun-after baseball on: 4
noun-after baseball player a: 2
noun-after baseball player are: 6
noun-after baseball player at: 5
noun-after baseball player gets: 2
noun-after baseball player hitting: 3
noun-after baseball player holding: 22
noun-after baseball player holds: 2
noun-after baseball player in: 11
noun-after baseball player is: 23
noun-after baseball player kneeling: 2
noun-after baseball player on: 6
noun-after baseball player pitching: 6
noun-after baseball player practicing: 2
noun-after baseball player preparing: 3
noun-after baseball player running: 3
noun-after baseball player stand: 2
noun-after baseball player standing: 10
noun-after baseball player swinging: 5
noun-after baseball player taking: 3
noun-after baseball player that: 3
noun-after baseball player throwing: 3
noun-after baseball player throws: 2
noun-after baseball player wearing: 2
noun-after baseball player who: 2
noun-after baseball player with: 9
noun-after baseball to: 2
noun-after baseball while: 3
noun-after baseball with: 4
noun-after basket of: 6
noun-after basket on: 3
noun-after basket with: 2
noun-after bat a: 2
noun-after bat and: 9
noun-after bat as: 2
noun-after bat at: 12
noun-after bat during: 2
noun-after bat in: 9
noun-after bat next: 4
noun-after bat on: 11
noun-after bat over: 4
noun-after bat standing: 3
noun-after bat while: 10
noun-after bat with: 2
noun-after batch of: 3
noun-after bath and: 2
noun-after bathroom and: 3
noun-after bathroom contains: 2
noun-after bathroom filled: 2
noun-after bathroom has: 26
noun-after bathroom in: 3
noun-after bathroom is: 19
noun-after bathroom next: 10
noun-after bathroom showing: 3
noun-after bathroom that: 20
noun-after bathroom with: 184
noun-after bathtub and: 3
noun-after bathtub in: 2
noun-after bathtub with: 5
noun-after batter and: 2
noun-after batter at: 3
noun-after batter getting: 2
noun-after batter in: 3
noun-after batter is: 6
noun-after batter prepares: 2
noun-after batter ready: 3
noun-after batter swinging: 3
noun-after batter taking: 2
noun-after batter up: 3
noun-after bay with: 2
noun-after beach and: 6
noun-after beach at: 4
noun-after beach by: 8
noun-after beach carrying: 3
noun-after beach during: 3
noun-after beach filled: 2
noun-after beach flying: 11
noun-after beach holding: 12
noun-after beach in: 8
noun-after beach is: 4
noun-after beach laying: 2
noun-after beach near: 12
noun-after beach next: 15
noun-after beach on: 7
noun-after beach playing: 3
noun-after beach riding: 2
noun-after beach setting: 2
noun-after beach trying: 2
noun-after beach under: 7
noun-after beach watching: 4
noun-after beach while: 8
noun-after beach with: 40
noun-after bear and: 12
noun-after bear are: 9
noun-after bear cub: 4
noun-after bear cubs: 3
noun-after bear in: 6
noun-after bear is: 29
noun-after bear laying: 4
noun-after bear looks: 2
noun-after bear lying: 2
noun-after bear on: 7
noun-after bear playing: 3
noun-after bear sits: 2
noun-after bear sitting: 7
noun-after bear standing: 8
noun-after bear that: 8
noun-after bear walking: 12
noun-after bear walks: 2
noun-after bear wearing: 3
noun-after bear with: 5
noun-after beard and: 3
noun-after bed and: 24
noun-after bed covered: 4
noun-after bed facing: 2
noun-after bed has: 6
noun-after bed in: 33
noun-after bed is: 4
noun-after bed looking: 9
noun-after bed made: 2
noun-after bed near: 3
noun-after bed next: 14
noun-after bed of: 7
noun-after bed on: 4
noun-after bed playing: 3
noun-after bed pushed: 2
noun-after bed side: 2
noun-after bed sits: 2
noun-after bed sitting: 5
noun-after bed that: 4
noun-after bed together: 2
noun-after bed topped: 2
noun-after bed under: 2
noun-after bed with: 71
noun-after bedroom is: 2
noun-after bedroom next: 2
noun-after bedroom with: 34
noun-after bedspread and: 2
noun-after beer and: 3
noun-after beer in: 2
noun-after beer is: 2
noun-after beer on: 2
noun-after beer sits: 2
noun-after belt with: 2
noun-after bench and: 20
noun-after bench are: 2
noun-after bench as: 2
noun-after bench at: 6
noun-after bench facing: 2
noun-after bench has: 3
noun-after bench holding: 2
noun-after bench in: 48
noun-after bench is: 10
noun-after bench looking: 3
noun-after bench near: 15
noun-after bench next: 18
noun-after bench on: 13
noun-after bench outside: 6
noun-after bench overlooking: 5
noun-after bench resting: 2
noun-after bench sits: 4
noun-after bench sitting: 15
noun-after bench surrounded: 8
noun-after bench talking: 2
noun-after bench that: 11
noun-after bench together: 2
noun-after bench under: 3
noun-after bench underneath: 3
noun-after bench using: 3
noun-after bench watching: 4
noun-after bench wearing: 2
noun-after bench with: 42
noun-after beverage in: 2
noun-after beverage with: 2
noun-after bicycle and: 8
noun-after bicycle chained: 2
noun-after bicycle down: 3
noun-after bicycle in: 3
noun-after bicycle is: 8
noun-after bicycle leaned: 2
noun-after bicycle leaning: 7
noun-after bicycle near: 2
noun-after bicycle on: 5
noun-after bicycle parked: 8
noun-after bicycle sits: 2
noun-after bicycle that: 5
noun-after bicycle with: 7
noun-after bike and: 8
noun-after bike are: 4
noun-after bike down: 3
noun-after bike in: 10
noun-after bike is: 7
noun-after bike leaning: 3
noun-after bike on: 14
noun-after bike parked: 8
noun-after bike riding: 2
noun-after bike sits: 3
noun-after bike that: 4
noun-after bike through: 4
noun-after bike with: 12
noun-after bird and: 5
noun-after bird are: 10
noun-after bird flies: 3
noun-after bird fly: 3
noun-after bird flying: 11
noun-after bird has: 4
noun-after bird in: 3
noun-after bird is: 40
noun-after bird near: 2
noun-after bird on: 22
noun-after bird pecking: 2
noun-after bird perched: 20
noun-after bird resting: 2
noun-after bird sits: 9
noun-after bird sitting: 24
noun-after bird some: 2
noun-after bird standing: 22
noun-after bird stands: 2
noun-after bird that: 11
noun-after bird walking: 6
noun-after bird with: 10
noun-after blanket and: 5
noun-after blanket in: 2
noun-after blanket next: 2
noun-after blanket on: 15
noun-after blanket with: 2
noun-after blender and: 2
noun-after blender is: 4
noun-after blender next: 2
noun-after blender on: 7
noun-after blender with: 3
noun-after block of: 3
noun-after blow out: 2
noun-after board and: 5
noun-after board as: 2
noun-after board at: 4
noun-after board by: 2
noun-after board does: 3
noun-after board down: 2
noun-after board going: 2
noun-after board high: 2
noun-after board in: 34
noun-after board inside: 2
noun-after board into: 2
noun-after board is: 3
noun-after board on: 36
noun-after board over: 2
noun-after board riding: 9
noun-after board sticking: 2
noun-after board to: 3
noun-after board up: 3
noun-after board while: 3
noun-after board with: 5
noun-after boarder doing: 4
noun-after boarder is: 4
noun-after boat and: 3
noun-after boat are: 13
noun-after boat as: 2
noun-after boat at: 2
noun-after boat behind: 2
noun-after boat being: 2
noun-after boat beside: 2
noun-after boat docked: 5
noun-after boat down: 2
noun-after boat filled: 2
noun-after boat floating: 14
noun-after boat in: 35
noun-after boat is: 19
noun-after boat looking: 2
noun-after boat near: 3
noun-after boat on: 19
noun-after boat out: 3
noun-after boat parked: 3
noun-after boat sits: 4
noun-after boat sitting: 10
noun-after boat that: 9
noun-after boat tied: 2
noun-after boat traveling: 4
noun-after boat with: 19
noun-after book about: 3
noun-after book are: 2
noun-after book in: 5
noun-after book mobile: 2
noun-after book on: 11
noun-after book sitting: 2
noun-after book while: 5
noun-after book with: 3
noun-after bottle a: 2
noun-after bottle and: 6
noun-after bottle are: 2
noun-after bottle behind: 2
noun-after bottle in: 5
noun-after bottle next: 2
noun-after bottle of: 39
noun-after bottle on: 2
noun-after bottle up: 2
noun-after bottle while: 3
noun-after bottle with: 2
noun-after bouquet of: 4
noun-after bow of: 3
noun-after bowl and: 9
noun-after bowl filled: 19
noun-after bowl full: 18
noun-after bowl has: 3
noun-after bowl have: 2
noun-after bowl in: 6
noun-after bowl is: 2
noun-after bowl near: 2
noun-after bowl of: 109
noun-after bowl on: 12
noun-after bowl sitting: 2
noun-after bowl that: 7
noun-after bowl with: 27
noun-after box and: 2
noun-after box are: 2
noun-after box contains: 3
noun-after box filled: 7
noun-after box full: 3
noun-after box of: 29
noun-after box on: 8
noun-after box wearing: 2
noun-after box with: 10
noun-after boy about: 2
noun-after boy and: 11
noun-after boy are: 10
noun-after boy asleep: 3
noun-after boy at: 2
noun-after boy cuts: 2
noun-after boy cutting: 2
noun-after boy doing: 5
noun-after boy dressed: 4
noun-after boy flying: 2
noun-after boy gets: 2
noun-after boy getting: 3
noun-after boy has: 4
noun-after boy holding: 24
noun-after boy holds: 3
noun-after boy how: 2
noun-after boy in: 36
noun-after boy is: 60
noun-after boy jumping: 4
noun-after boy laying: 4
noun-after boy lying: 2
noun-after boy making: 3
noun-after boy on: 24
noun-after boy playing: 13
noun-after boy posing: 3
noun-after boy prepares: 3
noun-after boy preparing: 2
noun-after boy reaching: 3
noun-after boy rides: 4
noun-after boy riding: 19
noun-after boy sit: 2
noun-after boy sits: 6
noun-after boy sitting: 17
noun-after boy skateboarding: 2
noun-after boy sleeping: 3
noun-after boy smiling: 3
noun-after boy standing: 14
noun-after boy stands: 4
noun-after boy swinging: 13
noun-after boy taking: 2
noun-after boy that: 7
noun-after boy trying: 2
noun-after boy walking: 3
noun-after boy wearing: 17
noun-after boy who: 4
noun-after boy with: 20
noun-after branch in: 10
noun-after branch of: 6
noun-after branch with: 4
noun-after bride and: 18
noun-after bridge and: 3
noun-after bridge in: 3
noun-after bridge on: 3
noun-after bridge over: 5
noun-after bridge spanning: 2
noun-after bridge with: 5
noun-after broccoli and: 6
noun-after broccoli in: 3
noun-after broccoli is: 2
noun-after bucket on: 2
noun-after bucket sits: 2
noun-after buffet with: 3
noun-after building and: 26
noun-after building are: 2
noun-after building at: 4
noun-after building behind: 4
noun-after building covered: 3
noun-after building has: 13
noun-after building in: 31
noun-after building is: 6
noun-after building near: 5
noun-after building next: 6
noun-after building on: 9
noun-after building outside: 2
noun-after building sitting: 2
noun-after building some: 2
noun-after building that: 12
noun-after building under: 2
noun-after building with: 85
noun-after bull are: 2
noun-after bull standing: 2
noun-after bun in: 3
noun-after bun is: 3
noun-after bun with: 2
noun-after bunch of: 10
noun-after burger that: 2
noun-after burger with: 2
noun-after bus and: 25
noun-after bus are: 4
noun-after bus at: 7
noun-after bus coming: 4
noun-after bus drives: 6
noun-after bus driving: 26
noun-after bus for: 2
noun-after bus from: 2
noun-after bus full: 2
noun-after bus going: 4
noun-after bus has: 5
noun-after bus in: 13
noun-after bus is: 42
noun-after bus makes: 3
noun-after bus moving: 2
noun-after bus next: 4
noun-after bus on: 21
noun-after bus painted: 2
noun-after bus parked: 47
noun-after bus picking: 2
noun-after bus riding: 2
noun-after bus shown: 2
noun-after bus sits: 3
noun-after bus sitting: 9
noun-after bus stopped: 12
noun-after bus stopping: 2
noun-after bus terminal: 3
noun-after bus that: 29
noun-after bus traveling: 16
noun-after bus travels: 5
noun-after bus with: 29
noun-after bush and: 2
noun-after button on: 4
noun-after cab of: 2
noun-after cabinet a: 2
noun-after cabinet and: 2
noun-after cabinet in: 3
noun-after cabinet with: 4
noun-after cage at: 4
noun-after cage with: 3
noun-after cake and: 7
noun-after cake as: 3
noun-after cake at: 2
noun-after cake covered: 3
noun-after cake for: 2
noun-after cake has: 4
noun-after cake in: 8
noun-after cake is: 10
noun-after cake made: 2
noun-after cake on: 14
noun-after cake shaped: 4
noun-after cake sitting: 6
noun-after cake that: 6
noun-after cake together: 5
noun-after cake topped: 2
noun-after cake with: 45
noun-after calculator and: 2
noun-after calf in: 2
noun-after calf standing: 2
noun-after camera and: 6
noun-after camera at: 2
noun-after camera in: 11
noun-after camera is: 4
noun-after camera on: 2
noun-after camera standing: 2
noun-after camera while: 4
noun-after camera with: 3
noun-after candle on: 4
noun-after canoe in: 3
noun-after canoe with: 3
noun-after cap and: 3
noun-after cap on: 3
noun-after cap with: 2
noun-after car a: 3
noun-after car along: 2
noun-after car and: 29
noun-after car are: 15
noun-after car at: 3
noun-after car behind: 3
noun-after car crashed: 2
noun-after car driving: 10
noun-after car facing: 2
noun-after car has: 3
noun-after car in: 17
noun-after car is: 20
noun-after car looking: 3
noun-after car next: 2
noun-after car on: 16
noun-after car parked: 24
noun-after car passing: 2
noun-after car sits: 2
noun-after car sitting: 4
noun-after car that: 6
noun-after car travelling: 2
noun-after car waiting: 3
noun-after car with: 12
noun-after carriage down: 2
noun-after carriage in: 6
noun-after carriage is: 2
noun-after carriage on: 2
noun-after carriage parked: 2
noun-after carriage with: 5
noun-after carrot and: 4
noun-after carrot in: 5
noun-after cart attached: 3
noun-after cart full: 2
noun-after cart near: 2
noun-after cart on: 2
noun-after cart with: 5
noun-after case and: 5
noun-after case filled: 3
noun-after case full: 2
noun-after case in: 3
noun-after case of: 3
noun-after case on: 3
noun-after case with: 3
noun-after cat and: 13
noun-after cat are: 8
noun-after cat as: 2
noun-after cat asleep: 2
noun-after cat being: 2
noun-after cat climbing: 2
noun-after cat crouched: 2
noun-after cat curiously: 2
noun-after cat curled: 6
noun-after cat drinking: 8
noun-after cat eating: 4
noun-after cat going: 2
noun-after cat has: 3
noun-after cat in: 19
noun-after cat is: 104
noun-after cat laying: 54
noun-after cat lays: 3
noun-after cat licks: 3
noun-after cat lies: 2
noun-after cat looking: 21
noun-after cat looks: 8
noun-after cat lying: 20
noun-after cat next: 3
noun-after cat observing: 2
noun-after cat on: 26
noun-after cat outside: 3
noun-after cat peeking: 3
noun-after cat perched: 4
noun-after cat perches: 3
noun-after cat playing: 5
noun-after cat plays: 2
noun-after cat resting: 5
noun-after cat siting: 2
noun-after cat sits: 38
noun-after cat sitting: 114
noun-after cat sleeping: 21
noun-after cat sleeps: 2
noun-after cat standing: 17
noun-after cat stands: 8
noun-after cat stares: 4
noun-after cat staring: 7
noun-after cat that: 35
noun-after cat walking: 5
noun-after cat watches: 2
noun-after cat wearing: 7
noun-after cat with: 15
noun-after catcher and: 9
noun-after catcher in: 3
noun-after catcher is: 2
noun-after cattle are: 5
noun-after ceiling of: 2
noun-after cell phone and: 7
noun-after cell phone are: 2
noun-after cell phone by: 3
noun-after cell phone in: 13
noun-after cell phone is: 4
noun-after cell phone near: 3
noun-after cell phone next: 2
noun-after cell phone of: 2
noun-after cell phone on: 10
noun-after cell phone sitting: 2
noun-after cell phone to: 3
noun-after cell phone up: 3
noun-after cell phone while: 6
noun-after cell phone with: 9
noun-after cellphone and: 3
noun-after cellphone in: 2
noun-after cellphone on: 3
noun-after cellphone sitting: 2
noun-after cellphone while: 2
noun-after chain around: 2
noun-after chain link: 10
noun-after chair a: 3
noun-after chair and: 32
noun-after chair at: 5
noun-after chair by: 4
noun-after chair getting: 2
noun-after chair holding: 2
noun-after chair in: 23
noun-after chair is: 7
noun-after chair lift: 2
noun-after chair looking: 4
noun-after chair near: 4
noun-after chair next: 10
noun-after chair on: 3
noun-after chair sitting: 5
noun-after chair while: 2
noun-after chair with: 26
noun-after chef is: 2
noun-after chicken is: 2
noun-after chicken standing: 2
noun-after chicken under: 2
noun-after chicken walking: 2
noun-after child and: 10
noun-after child are: 23
noun-after child at: 5
noun-after child being: 2
noun-after child brushing: 3
noun-after child eating: 3
noun-after child flying: 2
noun-after child getting: 2
noun-after child holding: 14
noun-after child holds: 6
noun-after child in: 22
noun-after child is: 25
noun-after child kneeling: 2
noun-after child laying: 5
noun-after child look: 3
noun-after child looking: 4
noun-after child on: 12
noun-after child petting: 3
noun-after child play: 2
noun-after child playing: 10
noun-after child riding: 3
noun-after child sit: 6
noun-after child sits: 4
noun-after child sitting: 15
noun-after child smiles: 2
noun-after child stand: 3
noun-after child standing: 11
noun-after child stands: 4
noun-after child that: 5
noun-after child watch: 2
noun-after child wearing: 6
noun-after child who: 5
noun-after child with: 15
noun-after church with: 7
noun-after cigarette in: 2
noun-after circle at: 2
noun-after circle with: 2
noun-after circus ring: 2
noun-after city at: 7
noun-after city center: 2
noun-after city has: 3
noun-after city in: 2
noun-after city is: 3
noun-after city next: 2
noun-after city of: 9
noun-after city on: 2
noun-after city side: 6
noun-after city with: 15
noun-after classroom of: 2
noun-after classroom with: 4
noun-after cliff in: 2
noun-after clock a: 2
noun-after clock above: 3
noun-after clock and: 15
noun-after clock are: 2
noun-after clock at: 14
noun-after clock attached: 3
noun-after clock behind: 4
noun-after clock built: 2
noun-after clock displayed: 2
noun-after clock hanging: 5
noun-after clock hangs: 4
noun-after clock in: 13
noun-after clock inside: 2
noun-after clock is: 18
noun-after clock mounted: 7
noun-after clock on: 86
noun-after clock set: 2
noun-after clock shaped: 2
noun-after clock showing: 2
noun-after clock shows: 2
noun-after clock sits: 4
noun-after clock sitting: 6
noun-after clock standing: 2
noun-after clock stands: 2
noun-after clock surrounded: 2
noun-after clock that: 18
noun-after clock with: 13
noun-after closet with: 2
noun-after cloud of: 3
noun-after clown is: 2
noun-after clown talking: 2
noun-after cluster of: 4
noun-after coast of: 2
noun-after coat and: 3
noun-after coat holding: 2
noun-after coat skiing: 2
noun-after collage of: 7
noun-after collage shows: 2
noun-after collage with: 2
noun-after collection of: 15
noun-after color of: 2
noun-after comforter with: 2
noun-after computer a: 2
noun-after computer and: 26
noun-after computer are: 6
noun-after computer at: 4
noun-after computer in: 9
noun-after computer is: 16
noun-after computer next: 4
noun-after computer on: 20
noun-after computer set: 2
noun-after computer sit: 2
noun-after computer sits: 6
noun-after computer sitting: 30
noun-after computer while: 3
noun-after computer with: 9
noun-after cone in: 2
noun-after container filled: 2
noun-after container in: 2
noun-after container of: 8
noun-after container on: 3
noun-after container sitting: 2
noun-after container that: 2
noun-after container with: 7
noun-after content of: 3
noun-after controller and: 5
noun-after controller in: 5
noun-after cord and: 2
noun-after corner in: 9
noun-after corner of: 44
noun-after corner on: 5
noun-after corner with: 13
noun-after corral together: 2
noun-after costume and: 2
noun-after costume greets: 2
noun-after costume in: 2
noun-after couch a: 3
noun-after couch and: 26
noun-after couch beside: 2
noun-after couch by: 3
noun-after couch holding: 7
noun-after couch in: 16
noun-after couch looking: 3
noun-after couch next: 6
noun-after couch on: 2
noun-after couch playing: 6
noun-after couch sitting: 2
noun-after couch together: 2
noun-after couch watching: 2
noun-after couch with: 23
noun-after counter a: 2
noun-after counter and: 7
noun-after counter at: 3
noun-after counter by: 3
noun-after counter in: 5
noun-after counter is: 2
noun-after counter next: 5
noun-after counter of: 4
noun-after counter top: 23
noun-after counter topped: 2
noun-after counter with: 12
noun-after countertop and: 2
noun-after country side: 2
noun-after court holding: 25
noun-after court in: 4
noun-after court playing: 10
noun-after court posing: 2
noun-after court swinging: 4
noun-after court to: 2
noun-after court while: 3
noun-after court with: 32
noun-after cow and: 9
noun-after cow are: 11
noun-after cow eating: 2
noun-after cow graze: 3
noun-after cow grazing: 16
noun-after cow in: 12
noun-after cow is: 20
noun-after cow laying: 5
noun-after cow on: 3
noun-after cow sitting: 3
noun-after cow sniffing: 2
noun-after cow stand: 5
noun-after cow standing: 25
noun-after cow stands: 4
noun-after cow that: 5
noun-after cow walking: 7
noun-after cow with: 8
noun-after cracker with: 4
noun-after crate on: 2
noun-after crest of: 5
noun-after crosswalk at: 2
noun-after crow of: 2
noun-after crust inside: 2
noun-after crust of: 2
noun-after cubicle with: 2
noun-after cup and: 10
noun-after cup filled: 3
noun-after cup is: 2
noun-after cup of: 32
noun-after cup on: 7
noun-after cup sitting: 4
noun-after cup with: 6
noun-after cupcake and: 2
noun-after cupcake with: 6
noun-after curb by: 2
noun-after curb in: 3
noun-after curb near: 4
noun-after curb next: 2
noun-after curb of: 5
noun-after curb on: 3
noun-after curb side: 2
noun-after curb waiting: 2
noun-after curtain is: 2
noun-after curtain open: 2
noun-after curtain that: 2
noun-after curtain with: 2
noun-after curve in: 2
noun-after cycle on: 2
noun-after dashboard of: 2
noun-after deck with: 2
noun-after den with: 5
noun-after depot with: 2
noun-after desert with: 2
noun-after desk and: 7
noun-after desk filled: 3
noun-after desk has: 7
noun-after desk in: 17
noun-after desk is: 3
noun-after desk near: 5
noun-after desk next: 17
noun-after desk on: 2
noun-after desk sits: 2
noun-after desk sitting: 2
noun-after desk that: 4
noun-after desk top: 6
noun-after desk topped: 4
noun-after desk using: 2
noun-after desk with: 96
noun-after desktop and: 2
noun-after desktop with: 4
noun-after dessert and: 3
noun-after dessert has: 2
noun-after dessert on: 5
noun-after device in: 2
noun-after device is: 2
noun-after device on: 2
noun-after diner are: 2
noun-after dinner on: 2
noun-after dinner with: 2
noun-after direction in: 2
noun-after direction of: 3
noun-after dirt and: 5
noun-after dirt near: 4
noun-after dirt with: 2
noun-after disc in: 3
noun-after dish and: 2
noun-after dish filled: 2
noun-after dish in: 3
noun-after dish is: 3
noun-after dish of: 9
noun-after dish on: 6
noun-after dish sits: 2
noun-after dish that: 2
noun-after dish with: 5
noun-after dispenser on: 2
noun-after display a: 3
noun-after display and: 2
noun-after display in: 4
noun-after display of: 28
noun-after display on: 2
noun-after display with: 5
noun-after dock in: 4
noun-after dock with: 4
noun-after dog and: 21
noun-after dog are: 14
noun-after dog as: 2
noun-after dog catching: 3
noun-after dog curled: 3
noun-after dog down: 3
noun-after dog driving: 2
noun-after dog eating: 4
noun-after dog following: 2
noun-after dog follows: 3
noun-after dog hanging: 3
noun-after dog has: 6
noun-after dog herding: 2
noun-after dog holding: 5
noun-after dog holds: 2
noun-after dog in: 43
noun-after dog is: 68
noun-after dog jumping: 6
noun-after dog laying: 39
noun-after dog leaping: 5
noun-after dog lies: 3
noun-after dog looking: 12
noun-after dog looks: 4
noun-after dog lying: 5
noun-after dog near: 2
noun-after dog next: 4
noun-after dog on: 51
noun-after dog outside: 3
noun-after dog pants: 2
noun-after dog playing: 10
noun-after dog relaxing: 2
noun-after dog riding: 4
noun-after dog running: 4
noun-after dog sits: 18
noun-after dog sitting: 49
noun-after dog sleeping: 6
noun-after dog sleeps: 2
noun-after dog sniffs: 3
noun-after dog stand: 2
noun-after dog standing: 18
noun-after dog stands: 3
noun-after dog sticking: 3
noun-after dog that: 16
noun-after dog that's: 2
noun-after dog tied: 2
noun-after dog under: 2
noun-after dog walking: 4
noun-after dog watching: 5
noun-after dog wearing: 12
noun-after dog with: 18
noun-after doll laying: 3
noun-after doll sitting: 3
noun-after doll with: 2
noun-after dolphin in: 2
noun-after donkey standing: 2
noun-after donut and: 3
noun-after donut are: 2
noun-after donut at: 2
noun-after donut in: 2
noun-after donut that: 2
noun-after donut with: 7
noun-after door and: 6
noun-after door has: 2
noun-after door in: 3
noun-after door is: 5
noun-after door of: 11
noun-after door on: 5
noun-after door open: 6
noun-after door opened: 3
noun-after door opens: 2
noun-after door to: 4
noun-after door with: 3
noun-after doorway of: 3
noun-after doughnut hanging: 2
noun-after doughnut in: 4
noun-after doughnut sitting: 2
noun-after doughnut with: 9
noun-after dozen of: 2
noun-after drawing of: 2
noun-after dress and: 8
noun-after dress is: 5
noun-after dress with: 4
noun-after drink and: 5
noun-after drink are: 2
noun-after drink from: 5
noun-after drink in: 5
noun-after drink of: 3
noun-after drink on: 5
noun-after drink with: 2
noun-after dryer in: 4
noun-after duck in: 2
noun-after duck is: 2
noun-after duck swims: 2
noun-after eats a: 3
noun-after eats from: 2
noun-after eats some: 2
noun-after edge of: 47
noun-after edge with: 2
noun-after egg and: 5
noun-after egg on: 2
noun-after elephant a: 2
noun-after elephant along: 2
noun-after elephant and: 10
noun-after elephant are: 19
noun-after elephant as: 2
noun-after elephant behind: 4
noun-after elephant drinking: 5
noun-after elephant holding: 2
noun-after elephant in: 29
noun-after elephant is: 22
noun-after elephant next: 2
noun-after elephant playing: 3
noun-after elephant reaching: 3
noun-after elephant scratching: 2
noun-after elephant smiling: 2
noun-after elephant standing: 37
noun-after elephant stands: 5
noun-after elephant that: 12
noun-after elephant through: 2
noun-after elephant walk: 3
noun-after elephant walking: 23
noun-after elephant walks: 11
noun-after elephant with: 25
noun-after enclosure at: 7
noun-after enclosure with: 3
noun-after engine and: 2
noun-after engine is: 3
noun-after entertainment center: 4
noun-after entrance to: 2
noun-after entree with: 2
noun-after event and: 2
noun-after event in: 2
noun-after expanse of: 2
noun-after face and: 5
noun-after face at: 3
noun-after face drawn: 6
noun-after face in: 4
noun-after face near: 3
noun-after face next: 3
noun-after face of: 6
noun-after face on: 6
noun-after face painted: 2
noun-after face up: 3
noun-after face while: 5
noun-after face with: 3
noun-after factory making: 2
noun-after factory with: 2
noun-after family of: 12
noun-after family sitting: 3
noun-after family standing: 3
noun-after farm with: 2
noun-after father and: 2
noun-after feature a: 12
noun-after fedora on: 2
noun-after female holding: 2
noun-after female in: 2
noun-after fence and: 6
noun-after fence around: 2
noun-after fence at: 2
noun-after fence being: 2
noun-after fence by: 2
noun-after fence holding: 3
noun-after fence in: 9
noun-after fence looking: 2
noun-after fence near: 2
noun-after fence of: 2
noun-after fence on: 7
noun-after fence post: 3
noun-after fence staring: 2
noun-after fence to: 2
noun-after fence with: 5
noun-after field and: 9
noun-after field are: 2
noun-after field at: 2
noun-after field behind: 3
noun-after field being: 2
noun-after field beside: 2
noun-after field by: 6
noun-after field during: 3
noun-after field eating: 2
noun-after field flying: 13
noun-after field full: 4
noun-after field going: 2
noun-after field holding: 2
noun-after field in: 9
noun-after field looking: 4
noun-after field near: 21
noun-after field next: 25
noun-after field of: 34
noun-after field on: 3
noun-after field outside: 4
noun-after field playing: 15
noun-after field standing: 2
noun-after field surrounded: 2
noun-after field together: 6
noun-after field under: 6
noun-after field while: 3
noun-after field with: 81
noun-after finger in: 3
noun-after fire hydrant and: 8
noun-after fire hydrant by: 3
noun-after fire hydrant has: 5
noun-after fire hydrant in: 15
noun-after fire hydrant is: 16
noun-after fire hydrant near: 5
noun-after fire hydrant next: 4
noun-after fire hydrant on: 30
noun-after fire hydrant outside: 2
noun-after fire hydrant painted: 4
noun-after fire hydrant sits: 5
noun-after fire hydrant sitting: 9
noun-after fire hydrant that: 11
noun-after fire hydrant with: 22
noun-after fire outside: 2
noun-after fire plug: 2
noun-after fireplace and: 9
noun-after fireplace in: 2
noun-after flag at: 4
noun-after flag design: 2
noun-after flag flying: 3
noun-after flag in: 3
noun-after flag is: 2
noun-after flag on: 2
noun-after flashlight and: 2
noun-after flight of: 5
noun-after floor and: 7
noun-after floor beside: 3
noun-after floor filled: 2
noun-after floor holding: 2
noun-after floor in: 10
noun-after floor near: 7
noun-after floor next: 13
noun-after floor of: 3
noun-after floor surrounded: 2
noun-after floor taking: 2
noun-after floor watching: 2
noun-after floor with: 5
noun-after flower and: 5
noun-after flower are: 3
noun-after flower coming: 2
noun-after flower in: 12
noun-after flower inside: 5
noun-after flower on: 3
noun-after flower sit: 3
noun-after flower sitting: 2
noun-after food and: 3
noun-after food are: 2
noun-after food at: 2
noun-after food from: 4
noun-after food in: 9
noun-after food inside: 5
noun-after food is: 7
noun-after food on: 16
noun-after food sitting: 3
noun-after food that: 3
noun-after food with: 2
noun-after forest in: 3
noun-after forest next: 2
noun-after forest with: 2
noun-after fork and: 8
noun-after fork by: 2
noun-after fork cutting: 2
noun-after fork holding: 2
noun-after fork next: 2
noun-after fork on: 5
noun-after formation of: 2
noun-after freezer in: 2
noun-after freezer next: 3
noun-after freezer sitting: 5
noun-after french fries: 4
noun-after fridge and: 4
noun-after fridge in: 6
noun-after fridge is: 2
noun-after fridge with: 3
noun-after friend are: 7
noun-after friend sitting: 2
noun-after friend watches: 2
noun-after frisbee and: 2
noun-after frisbee as: 2
noun-after frisbee by: 3
noun-after frisbee in: 28
noun-after frisbee on: 4
noun-after frisbee outside: 4
noun-after frisbee that: 2
noun-after frisbee while: 7
noun-after frisbee with: 2
noun-after frog in: 2
noun-after fruit and: 10
noun-after fruit are: 3
noun-after fruit in: 2
noun-after fruit is: 2
noun-after fruit stand: 13
noun-after furniture and: 2
noun-after furniture is: 2
noun-after game and: 4
noun-after game as: 3
noun-after game at: 4
noun-after game console: 2
noun-after game in: 16
noun-after game is: 7
noun-after game of: 58
noun-after game on: 21
noun-after game together: 6
noun-after game where: 2
noun-after game while: 7
noun-after game who: 2
noun-after game with: 31
noun-after garbage and: 2
noun-after garbage can: 2
noun-after gate at: 2
noun-after gate on: 2
noun-after gentleman is: 3
noun-after giraffe and: 28
noun-after giraffe are: 29
noun-after giraffe at: 9
noun-after giraffe behind: 2
noun-after giraffe drinking: 5
noun-after giraffe eat: 3
noun-after giraffe eating: 9
noun-after giraffe extends: 2
noun-after giraffe from: 2
noun-after giraffe grazing: 3
noun-after giraffe has: 4
noun-after giraffe in: 26
noun-after giraffe inside: 7
noun-after giraffe is: 27
noun-after giraffe leaning: 3
noun-after giraffe look: 2
noun-after giraffe looking: 5
noun-after giraffe looks: 3
noun-after giraffe near: 2
noun-after giraffe next: 3
noun-after giraffe on: 5
noun-after giraffe reaching: 2
noun-after giraffe running: 3
noun-after giraffe sitting: 3
noun-after giraffe stand: 11
noun-after giraffe standing: 81
noun-after giraffe stands: 12
noun-after giraffe stares: 2
noun-after giraffe staring: 2
noun-after giraffe sticking: 3
noun-after giraffe stretches: 2
noun-after giraffe that: 9
noun-after giraffe through: 3
noun-after giraffe trying: 2
noun-after giraffe walking: 20
noun-after giraffe with: 4
noun-after girl and: 3
noun-after girl are: 14
noun-after girl at: 2
noun-after girl brushing: 2
noun-after girl dressed: 3
noun-after girl eating: 5
noun-after girl flying: 2
noun-after girl holding: 27
noun-after girl holds: 2
noun-after girl in: 40
noun-after girl is: 60
noun-after girl laying: 2
noun-after girl looking: 7
noun-after girl lying: 4
noun-after girl making: 2
noun-after girl on: 13
noun-after girl petting: 2
noun-after girl play: 3
noun-after girl playing: 10
noun-after girl plays: 3
noun-after girl posing: 5
noun-after girl puts: 2
noun-after girl reading: 2
noun-after girl rides: 2
noun-after girl riding: 8
noun-after girl sits: 7
noun-after girl sitting: 36
noun-after girl smiles: 2
noun-after girl smiling: 2
noun-after girl standing: 17
noun-after girl stands: 6
noun-after girl swinging: 2
noun-after girl taking: 3
noun-after girl that: 7
noun-after girl throwing: 2
noun-after girl trying: 2
noun-after girl under: 2
noun-after girl walking: 4
noun-after girl watching: 2
noun-after girl wearing: 12
noun-after girl while: 3
noun-after girl who: 3
noun-after girl with: 24
noun-after glass and: 6
noun-after glass full: 2
noun-after glass in: 2
noun-after glass of: 54
noun-after glass on: 5
noun-after glass with: 4
noun-after glove and: 3
noun-after glove in: 2
noun-after glove on: 2
noun-after goat are: 2
noun-after goat in: 2
noun-after goat is: 2
noun-after goat standing: 5
noun-after goat stands: 2
noun-after goat that: 2
noun-after graffito and: 2
noun-after graffito is: 2
noun-after graffito on: 3
noun-after grass and: 13
noun-after grass at: 2
noun-after grass beside: 3
noun-after grass by: 8
noun-after grass holding: 2
noun-after grass in: 13
noun-after grass is: 3
noun-after grass near: 7
noun-after grass next: 5
noun-after grass of: 4
noun-after grass on: 3
noun-after grass playing: 2
noun-after grass surrounded: 3
noun-after grass with: 18
noun-after graz in: 2
noun-after graz on: 3
noun-after grill of: 2
noun-after grizzly bear are: 2
noun-after grizzly bear in: 2
noun-after grizzly bear is: 3
noun-after grizzly bear sitting: 2
noun-after grizzly bear standing: 5
noun-after grizzly bear swimming: 2
noun-after grizzly bear walking: 7
noun-after ground by: 3
noun-after ground in: 8
noun-after ground inside: 2
noun-after ground near: 6
noun-after ground next: 4
noun-after ground of: 4
noun-after ground playing: 2
noun-after ground while: 3
noun-after ground with: 9
noun-after group of: 6
noun-after guy and: 4
noun-after guy are: 3
noun-after guy at: 2
noun-after guy doing: 2
noun-after guy holding: 4
noun-after guy in: 13
noun-after guy is: 17
noun-after guy jumping: 2
noun-after guy on: 10
noun-after guy playing: 5
noun-after guy plays: 2
noun-after guy rides: 3
noun-after guy riding: 3
noun-after guy sitting: 6
noun-after guy skateboarding: 2
noun-after guy standing: 4
noun-after guy wearing: 3
noun-after guy with: 7
noun-after habitat at: 2
noun-after habitat in: 2
noun-after hair brush: 2
noun-after hair dried: 2
noun-after hair with: 2
noun-after hairbrush in: 2
noun-after hamburger and: 3
noun-after hamburger sitting: 2
noun-after handle of: 6
noun-after hanger with: 3
noun-after harbor filled: 2
noun-after harbor full: 2
noun-after harbor with: 6
noun-after harness on: 2
noun-after hat and: 10
noun-after hat holding: 2
noun-after hat holds: 2
noun-after hat in: 4
noun-after hat is: 7
noun-after hat on: 14
noun-after hat playing: 2
noun-after hat posing: 2
noun-after hat sits: 2
noun-after hat sitting: 4
noun-after hat standing: 3
noun-after hat while: 3
noun-after hay in: 2
noun-after head and: 10
noun-after head as: 2
noun-after head close: 2
noun-after head down: 2
noun-after head hanging: 3
noun-after head in: 8
noun-after head is: 5
noun-after head of: 5
noun-after head on: 15
noun-after head out: 14
noun-after head resting: 2
noun-after head through: 4
noun-after head to: 2
noun-after head towards: 3
noun-after head with: 3
noun-after heart is: 2
noun-after height of: 2
noun-after helmet and: 9
noun-after helmet is: 7
noun-after helmet on: 4
noun-after helmet sitting: 3
noun-after helmet standing: 2
noun-after helmet while: 4
noun-after highway at: 3
noun-after highway filled: 2
noun-after highway is: 2
noun-after highway with: 2
noun-after hill and: 2
noun-after hill in: 8
noun-after hill near: 2
noun-after hill on: 8
noun-after hill side: 5
noun-after hill that: 3
noun-after hill top: 2
noun-after hill with: 12
noun-after holder on: 2
noun-after hole in: 5
noun-after hole on: 2
noun-after home made: 3
noun-after hood of: 11
noun-after hood open: 2
noun-after horse across: 2
noun-after horse along: 3
noun-after horse and: 29
noun-after horse are: 9
noun-after horse as: 3
noun-after horse at: 2
noun-after horse being: 4
noun-after horse by: 4
noun-after horse carrying: 3
noun-after horse down: 5
noun-after horse drawn: 16
noun-after horse grazing: 8
noun-after horse hitched: 2
noun-after horse in: 43
noun-after horse into: 3
noun-after horse is: 21
noun-after horse jumping: 5
noun-after horse laying: 5
noun-after horse looking: 2
noun-after horse next: 3
noun-after horse on: 12
noun-after horse over: 5
noun-after horse pass: 2
noun-after horse pulling: 18
noun-after horse racing: 3
noun-after horse running: 3
noun-after horse stand: 9
noun-after horse standing: 26
noun-after horse stands: 6
noun-after horse that: 12
noun-after horse through: 8
noun-after horse to: 3
noun-after horse walking: 12
noun-after horse walks: 2
noun-after horse while: 3
noun-after horse with: 15
noun-after hot dog and: 5
noun-after hot dog are: 3
noun-after hot dog in: 12
noun-after hot dog into: 2
noun-after hot dog is: 2
noun-after hot dog on: 16
noun-after hot dog sitting: 4
noun-after hot dog that: 2
noun-after hot dog while: 3
noun-after hot dog with: 15
noun-after hotdog and: 2
noun-after hotdog by: 2
noun-after hotdog in: 4
noun-after hotdog on: 2
noun-after hotdog stand: 3
noun-after hotdog with: 3
noun-after house and: 2
noun-after house in: 3
noun-after house is: 4
noun-after house sits: 2
noun-after house with: 7
noun-after hydrant is: 3
noun-after hydrant on: 2
noun-after image of: 4
noun-after image show: 3
noun-after individual is: 7
noun-after interior of: 2
noun-after intersection and: 2
noun-after intersection are: 2
noun-after intersection at: 2
noun-after intersection in: 8
noun-after intersection near: 2
noun-after intersection of: 12
noun-after intersection on: 2
noun-after intersection waiting: 2
noun-after intersection with: 23
noun-after island in: 2
noun-after island with: 2
noun-after item are: 2
noun-after item in: 4
noun-after item on: 3
noun-after item sitting: 2
noun-after item that: 2
noun-after jacket and: 12
noun-after jacket holding: 3
noun-after jacket is: 9
noun-after jacket on: 2
noun-after jacket riding: 2
noun-after jacket skiing: 4
noun-after jacket standing: 2
noun-after jacket with: 2
noun-after jar of: 5
noun-after jar sitting: 2
noun-after jet are: 5
noun-after jet flies: 2
noun-after jet flying: 3
noun-after jet is: 8
noun-after jet on: 3
noun-after jet sitting: 4
noun-after jet that: 2
noun-after jet with: 2
noun-after jetliner flying: 3
noun-after jetliner sitting: 5
noun-after jockey riding: 3
noun-after jump in: 7
noun-after jump off: 2
noun-after jump on: 4
noun-after jump over: 5
noun-after jump up: 2
noun-after jump while: 2
noun-after jump with: 5
noun-after kettle and: 2
noun-after keyboard and: 29
noun-after keyboard in: 3
noun-after keyboard near: 2
noun-after keyboard of: 7
noun-after keyboard on: 10
noun-after keyboard sitting: 4
noun-after kid and: 3
noun-after kid are: 4
noun-after kid eating: 2
noun-after kid holding: 2
noun-after kid in: 6
noun-after kid is: 14
noun-after kid on: 7
noun-after kid playing: 2
noun-after kid sitting: 4
noun-after kid standing: 2
noun-after kid that: 6
noun-after kid walking: 3
noun-after kid with: 7
noun-after kitchen and: 13
noun-after kitchen are: 2
noun-after kitchen by: 2
noun-after kitchen cooking: 2
noun-after kitchen filled: 11
noun-after kitchen from: 3
noun-after kitchen has: 18
noun-after kitchen in: 7
noun-after kitchen is: 19
noun-after kitchen making: 4
noun-after kitchen next: 6
noun-after kitchen of: 3
noun-after kitchen preparing: 5
noun-after kitchen that: 13
noun-after kitchen together: 3
noun-after kitchen under: 2
noun-after kitchen while: 2
noun-after kitchen with: 111
noun-after kite along: 2
noun-after kite at: 4
noun-after kite being: 4
noun-after kite by: 2
noun-after kite flies: 3
noun-after kite fly: 2
noun-after kite flying: 24
noun-after kite has: 2
noun-after kite high: 3
noun-after kite in: 32
noun-after kite is: 11
noun-after kite near: 9
noun-after kite on: 25
noun-after kite over: 5
noun-after kite that: 2
noun-after kite while: 4
noun-after kite with: 11
noun-after kitten is: 5
noun-after kitten laying: 3
noun-after kitten lies: 3
noun-after kitten sitting: 5
noun-after kitten that: 2
noun-after knee in: 3
noun-after knife and: 15
noun-after knife is: 2
noun-after knife on: 4
noun-after lady and: 4
noun-after lady holding: 4
noun-after lady in: 5
noun-after lady is: 11
noun-after lady laying: 2
noun-after lady on: 4
noun-after lady sitting: 3
noun-after lady standing: 5
noun-after lady that: 5
noun-after lady walking: 2
noun-after lady walks: 2
noun-after lady wearing: 5
noun-after lady with: 4
noun-after lake and: 2
noun-after lake by: 3
noun-after lake in: 4
noun-after lake near: 2
noun-after lake next: 5
noun-after lake surrounded: 3
noun-after lake with: 3
noun-after lamb and: 2
noun-after lamp in: 3
noun-after lamp is: 2
noun-after lamp on: 4
noun-after lamp post and: 4
noun-after lamp post in: 6
noun-after lamp post is: 2
noun-after lamp post on: 7
noun-after lamp post that: 5
noun-after lamp post with: 3
noun-after land on: 2
noun-after lane and: 2
noun-after lap top: 19
noun-after lap while: 3
noun-after lapel of: 2
noun-after laptop a: 6
noun-after laptop and: 40
noun-after laptop at: 4
noun-after laptop has: 2
noun-after laptop in: 15
noun-after laptop is: 5
noun-after laptop next: 7
noun-after laptop on: 40
noun-after laptop sit: 2
noun-after laptop sits: 2
noun-after laptop sitting: 13
noun-after laptop that: 5
noun-after laptop while: 5
noun-after laptop with: 13
noun-after leaf a: 4
noun-after leaf and: 2
noun-after leaf from: 2
noun-after leaf through: 2
noun-after leash on: 3
noun-after leash tied: 2
noun-after ledge in: 4
noun-after ledge on: 2
noun-after ledge with: 4
noun-after lettuce and: 2
noun-after lid is: 4
noun-after lid of: 2
noun-after lid open: 4
noun-after lid up: 4
noun-after light and: 5
noun-after light are: 2
noun-after light at: 6
noun-after light blue: 4
noun-after light green: 2
noun-after light in: 7
noun-after light on: 21
noun-after light post: 5
noun-after light shines: 2
noun-after light sitting: 2
noun-after light that: 4
noun-after light to: 2
noun-after limb of: 3
noun-after lime and: 2
noun-after lime green: 2
noun-after liner flying: 2
noun-after lip while: 2
noun-after living room and: 8
noun-after living room featuring: 2
noun-after living room filled: 14
noun-after living room has: 8
noun-after living room holding: 4
noun-after living room in: 4
noun-after living room is: 8
noun-after living room on: 2
noun-after living room playing: 9
noun-after living room that: 6
noun-after living room with: 110
noun-after load of: 3
noun-after loaf of: 4
noun-after lobby of: 2
noun-after log and: 2
noun-after logo on: 3
noun-after luggage and: 3
noun-after luggage at: 5
noun-after luggage in: 2
noun-after luggage is: 2
noun-after luggage on: 3
noun-after lunch is: 2
noun-after machine in: 2
noun-after machine is: 2
noun-after male and: 3
noun-after male has: 2
noun-after male in: 8
noun-after male is: 2
noun-after male professional: 2
noun-after male with: 3
noun-after man about: 3
noun-after man and: 201
noun-after man are: 56
noun-after man asleep: 2
noun-after man at: 24
noun-after man attempting: 3
noun-after man attempts: 2
noun-after man balancing: 2
noun-after man behind: 3
noun-after man being: 3
noun-after man bending: 4
noun-after man biting: 2
noun-after man blowing: 7
noun-after man brushing: 3
noun-after man by: 2
noun-after man carries: 2
noun-after man carrying: 6
noun-after man catching: 6
noun-after man celebrating: 2
noun-after man climbing: 2
noun-after man cooking: 4
noun-after man covering: 2
noun-after man crossing: 2
noun-after man cutting: 6
noun-after man does: 2
noun-after man doing: 15
noun-after man dressed: 16
noun-after man drinking: 2
noun-after man drives: 2
noun-after man driving: 3
noun-after man eating: 17
noun-after man feeding: 4
noun-after man filming: 2
noun-after man fixing: 4
noun-after man flying: 31
noun-after man gets: 4
noun-after man getting: 8
noun-after man giving: 2
noun-after man guiding: 3
noun-after man has: 12
noun-after man helps: 2
noun-after man hitting: 9
noun-after man holding: 160
noun-after man holds: 21
noun-after man in: 317
noun-after man is: 348
noun-after man jumping: 9
noun-after man kicking: 3
noun-after man kisses: 2
noun-after man kneeling: 6
noun-after man laughing: 2
noun-after man laying: 16
noun-after man leaning: 10
noun-after man leans: 3
noun-after man lies: 2
noun-after man lighting: 2
noun-after man looking: 27
noun-after man looks: 9
noun-after man lying: 2
noun-after man makes: 3
noun-after man making: 7
noun-after man near: 5
noun-after man next: 2
noun-after man on: 170
noun-after man opens: 2
noun-after man out: 2
noun-after man outside: 2
noun-after man performing: 6
noun-after man performs: 4
noun-after man placing: 3
noun-after man play: 5
noun-after man playing: 64
noun-after man plays: 8
noun-after man pokes: 2
noun-after man pose: 4
noun-after man poses: 5
noun-after man posing: 8
noun-after man pouring: 7
noun-after man preforming: 2
noun-after man prepares: 6
noun-after man preparing: 3
noun-after man pulling: 2
noun-after man putting: 2
noun-after man reaches: 5
noun-after man reaching: 4
noun-after man reading: 3
noun-after man reads: 2
noun-after man relaxing: 3
noun-after man ride: 6
noun-after man rides: 10
noun-after man riding: 148
noun-after man running: 8
noun-after man seated: 3
noun-after man selling: 2
noun-after man serves: 2
noun-after man serving: 7
noun-after man shaking: 2
noun-after man singing: 2
noun-after man sit: 4
noun-after man sits: 29
noun-after man sitting: 131
noun-after man skateboarding: 3
noun-after man skating: 2
noun-after man skiing: 14
noun-after man sleeping: 5
noun-after man sliding: 3
noun-after man smiles: 5
noun-after man smiling: 7
noun-after man snowboarding: 2
noun-after man stand: 7
noun-after man standing: 199
noun-after man stands: 25
noun-after man starting: 2
noun-after man surfing: 15
noun-after man swinging: 26
noun-after man takes: 7
noun-after man taking: 33
noun-after man talking: 8
noun-after man talks: 2
noun-after man teaching: 3
noun-after man that: 79
noun-after man throwing: 7
noun-after man throws: 5
noun-after man tries: 2
noun-after man typing: 2
noun-after man uses: 3
noun-after man using: 8
noun-after man waiting: 2
noun-after man waits: 2
noun-after man walking: 40
noun-after man walks: 6
noun-after man watch: 2
noun-after man watches: 6
noun-after man watching: 3
noun-after man wearing: 86
noun-after man wears: 4
noun-after man who: 31
noun-after man with: 119
noun-after man without: 3
noun-after man working: 7
noun-after man works: 2
noun-after map in: 2
noun-after map of: 3
noun-after market filled: 2
noun-after market has: 3
noun-after market stand: 2
noun-after market with: 4
noun-after marsh with: 2
noun-after meadow with: 2
noun-after meal and: 2
noun-after meal are: 2
noun-after meal at: 6
noun-after meal in: 4
noun-after meal is: 6
noun-after meal of: 9
noun-after meal on: 3
noun-after meal with: 3
noun-after meat and: 5
noun-after meat in: 2
noun-after medium sized: 2
noun-after member of: 2
noun-after mess with: 2
noun-after microphone and: 2
noun-after microwave and: 4
noun-after microwave is: 3
noun-after microwave on: 4
noun-after microwave sits: 2
noun-after microwave sitting: 2
noun-after microwave that: 5
noun-after midst of: 4
noun-after mirror a: 3
noun-after mirror above: 2
noun-after mirror and: 17
noun-after mirror in: 5
noun-after mirror next: 3
noun-after mirror reflecting: 2
noun-after mirror that: 2
noun-after mirror with: 8
noun-after mixture of: 2
noun-after model of: 2
noun-after monitor and: 22
noun-after monitor are: 4
noun-after monitor behind: 2
noun-after monitor is: 2
noun-after monitor on: 9
noun-after monitor sitting: 6
noun-after monitor that: 2
noun-after monitor with: 3
noun-after moon and: 2
noun-after moon in: 3
noun-after mosquito net: 2
noun-after mother and: 6
noun-after mother with: 2
noun-after motorcycle and: 6
noun-after motorcycle are: 11
noun-after motorcycle around: 4
noun-after motorcycle at: 3
noun-after motorcycle down: 9
noun-after motorcycle drives: 2
noun-after motorcycle driving: 5
noun-after motorcycle going: 2
noun-after motorcycle in: 21
noun-after motorcycle is: 24
noun-after motorcycle on: 30
noun-after motorcycle outside: 3
noun-after motorcycle parked: 37
noun-after motorcycle riding: 3
noun-after motorcycle sitting: 9
noun-after motorcycle talking: 2
noun-after motorcycle that: 8
noun-after motorcycle while: 4
noun-after motorcycle with: 16
noun-after motorcyclist is: 2
noun-after mound of: 2
noun-after mountain behind: 2
noun-after mountain in: 8
noun-after mountain on: 2
noun-after mountain side: 9
noun-after mountain with: 6
noun-after mouse and: 10
noun-after mouse is: 3
noun-after mouse on: 4
noun-after mouse sitting: 2
noun-after mouse with: 2
noun-after mouth on: 2
noun-after mouth open: 8
noun-after mouth to: 3
noun-after mouth while: 3
noun-after museum with: 2
noun-after name on: 2
noun-after neck and: 3
noun-after neon green: 2
noun-after newspaper and: 2
noun-after nose and: 2
noun-after nose of: 2
noun-after notebook and: 2
noun-after notebook on: 2
noun-after object are: 2
noun-after object in: 6
noun-after object is: 2
noun-after object on: 3
noun-after obstacle on: 2
noun-after ocean at: 2
noun-after ocean next: 2
noun-after ocean on: 5
noun-after ocean side: 2
noun-after ocean under: 2
noun-after ocean with: 14
noun-after office and: 2
noun-after office with: 9
noun-after office work: 2
noun-after opening a: 4
noun-after orange and: 30
noun-after orange are: 3
noun-after orange double: 2
noun-after orange growing: 3
noun-after orange in: 5
noun-after orange is: 5
noun-after orange on: 6
noun-after orange sit: 2
noun-after orange sitting: 2
noun-after orange tabby: 2
noun-after orange that: 3
noun-after outfit holding: 2
noun-after outfit is: 2
noun-after oven and: 3
noun-after oven in: 2
noun-after oven is: 2
noun-after oven on: 2
noun-after oven sits: 2
noun-after oven sitting: 3
noun-after oven that: 5
noun-after oven with: 13
noun-after overview of: 2
noun-after owl sitting: 2
noun-after pack of: 9
noun-after pad of: 2
noun-after paddock with: 2
noun-after painting is: 2
noun-after painting of: 22
noun-after painting that: 2
noun-after palm of: 2
noun-after pan filled: 4
noun-after pan full: 2
noun-after pan is: 2
noun-after pan of: 6
noun-after pan on: 4
noun-after pan topped: 2
noun-after pan with: 6
noun-after panda sitting: 3
noun-after paper and: 3
noun-after paper on: 4
noun-after parade of: 2
noun-after parent and: 3
noun-after park and: 4
noun-after park during: 2
noun-after park flying: 3
noun-after park in: 4
noun-after park near: 2
noun-after park on: 3
noun-after park while: 2
noun-after park with: 11
noun-after passenger wait: 2
noun-after pasta with: 2
noun-after pastry and: 4
noun-after pastry sitting: 2
noun-after pasture looking: 2
noun-after pasture of: 3
noun-after pasture with: 6
noun-after patch of: 10
noun-after path and: 2
noun-after path in: 6
noun-after patio with: 2
noun-after pattern of: 2
noun-after pavement near: 2
noun-after paw on: 3
noun-after paw over: 2
noun-after peak of: 3
noun-after pear and: 2
noun-after pen and: 3
noun-after pen in: 3
noun-after pen next: 3
noun-after pen on: 3
noun-after pen with: 2
noun-after person a: 4
noun-after person and: 25
noun-after person are: 179
noun-after person around: 2
noun-after person at: 21
noun-after person behind: 3
noun-after person being: 2
noun-after person bent: 2
noun-after person brushing: 2
noun-after person bundled: 2
noun-after person by: 2
noun-after person carrying: 8
noun-after person climbing: 2
noun-after person cooking: 2
noun-after person cross: 8
noun-after person crossing: 7
noun-after person cutting: 4
noun-after person does: 2
noun-after person doing: 8
noun-after person dressed: 7
noun-after person driving: 2
noun-after person eating: 10
noun-after person enjoying: 5
noun-after person feeding: 3
noun-after person fly: 3
noun-after person flying: 19
noun-after person getting: 6
noun-after person going: 3
noun-after person grabbing: 2
noun-after person hanging: 2
noun-after person has: 3
noun-after person have: 2
noun-after person having: 3
noun-after person helping: 2
noun-after person high: 2
noun-after person hitting: 3
noun-after person holding: 83
noun-after person holds: 13
noun-after person in: 122
noun-after person inside: 3
noun-after person is: 110
noun-after person jumping: 20
noun-after person kicking: 2
noun-after person laying: 9
noun-after person leaning: 5
noun-after person lined: 2
noun-after person look: 2
noun-after person looking: 8
noun-after person lying: 5
noun-after person making: 2
noun-after person near: 4
noun-after person on: 178
noun-after person operating: 2
noun-after person outside: 4
noun-after person picking: 2
noun-after person play: 4
noun-after person playing: 37
noun-after person pose: 2
noun-after person posing: 8
noun-after person prepares: 3
noun-after person preparing: 2
noun-after person putting: 3
noun-after person reaching: 3
noun-after person reading: 2
noun-after person ride: 5
noun-after person rides: 3
noun-after person riding: 116
noun-after person running: 2
noun-after person seated: 4
noun-after person sheering: 2
noun-after person shopping: 2
noun-after person showing: 2
noun-after person shows: 2
noun-after person sit: 11
noun-after person sits: 11
noun-after person sitting: 92
noun-after person skateboarding: 4
noun-after person skiing: 16
noun-after person sleeping: 3
noun-after person smile: 2
noun-after person snowboarding: 2
noun-after person some: 2
noun-after person stand: 20
noun-after person standing: 135
noun-after person stands: 5
noun-after person stroll: 2
noun-after person surfing: 2
noun-after person swimming: 2
noun-after person swinging: 2
noun-after person taking: 9
noun-after person talking: 3
noun-after person that: 37
noun-after person trying: 5
noun-after person under: 3
noun-after person using: 8
noun-after person waiting: 7
noun-after person walk: 10
noun-after person walking: 53
noun-after person walks: 2
noun-after person was: 3
noun-after person washing: 2
noun-after person watch: 4
noun-after person watching: 9
noun-after person wearing: 26
noun-after person who: 14
noun-after person with: 52
noun-after person working: 3
noun-after pet a: 5
noun-after phone and: 9
noun-after phone at: 2
noun-after phone call: 2
noun-after phone in: 13
noun-after phone is: 3
noun-after phone next: 5
noun-after phone on: 10
noun-after phone sitting: 5
noun-after phone that: 2
noun-after phone to: 3
noun-after phone up: 2
noun-after phone while: 7
noun-after phone with: 5
noun-after photograph a: 2
noun-after photograph of: 15
noun-after photographer takes: 2
noun-after piano in: 3
noun-after pickle and: 2
noun-after pie and: 2
noun-after pie sitting: 3
noun-after pig in: 2
noun-after pillow covered: 2
noun-after pillow on: 2
noun-after pillow with: 2
noun-after pineapple and: 4
noun-after pitch at: 2
noun-after pitch during: 4
noun-after pitch while: 2
noun-after pitcher and: 2
noun-after pitcher follows: 2
noun-after pitcher in: 2
noun-after pitcher is: 2
noun-after pitcher on: 3
noun-after pitcher throwing: 2
noun-after pitcher throws: 3
noun-after pizza and: 10
noun-after pizza are: 4
noun-after pizza at: 2
noun-after pizza being: 3
noun-after pizza cooking: 2
noun-after pizza covered: 7
noun-after pizza cut: 4
noun-after pizza has: 3
noun-after pizza in: 18
noun-after pizza is: 19
noun-after pizza next: 4
noun-after pizza on: 42
noun-after pizza out: 2
noun-after pizza served: 2
noun-after pizza sits: 4
noun-after pizza sitting: 24
noun-after pizza that: 14
noun-after pizza topped: 4
noun-after pizza while: 3
noun-after pizza with: 43
noun-after place and: 3
noun-after place with: 3
noun-after plane and: 4
noun-after plane are: 4
noun-after plane flies: 10
noun-after plane fly: 2
noun-after plane flying: 24
noun-after plane in: 7
noun-after plane is: 19
noun-after plane on: 13
noun-after plane parked: 3
noun-after plane sits: 3
noun-after plane sitting: 3
noun-after plane taking: 4
noun-after plane that: 8
noun-after plane with: 5
noun-after plant and: 4
noun-after plant hanging: 2
noun-after plant has: 2
noun-after plant in: 3
noun-after plant is: 3
noun-after plant with: 3
noun-after plate and: 13
noun-after plate at: 2
noun-after plate being: 2
noun-after plate by: 2
noun-after plate containing: 10
noun-after plate contains: 3
noun-after plate covered: 3
noun-after plate each: 2
noun-after plate filled: 16
noun-after plate full: 10
noun-after plate has: 7
noun-after plate holding: 7
noun-after plate holds: 3
noun-after plate in: 3
noun-after plate is: 6
noun-after plate next: 15
noun-after plate of: 194
noun-after plate on: 36
noun-after plate ready: 2
noun-after plate served: 2
noun-after plate sits: 2
noun-after plate sitting: 4
noun-after plate that: 22
noun-after plate topped: 37
noun-after plate while: 3
noun-after plate with: 153
noun-after platform as: 2
noun-after platform in: 2
noun-after platform near: 2
noun-after platform with: 2
noun-after platter of: 3
noun-after player are: 3
noun-after player attempting: 2
noun-after player in: 5
noun-after player is: 3
noun-after player on: 3
noun-after point of: 2
noun-after polar bear in: 2
noun-after polar bear is: 8
noun-after polar bear playing: 2
noun-after polar bear standing: 4
noun-after polar bear swimming: 5
noun-after pole and: 3
noun-after pole as: 2
noun-after pole at: 2
noun-after pole by: 2
noun-after pole has: 2
noun-after pole in: 14
noun-after pole near: 3
noun-after pole next: 3
noun-after pole on: 15
noun-after pole outside: 2
noun-after pole that: 6
noun-after pole with: 20
noun-after police officer is: 3
noun-after police officer on: 2
noun-after police officer riding: 2
noun-after policeman on: 4
noun-after pond and: 2
noun-after pond of: 2
noun-after pond outside: 2
noun-after pond with: 3
noun-after pony in: 2
noun-after pony with: 3
noun-after pool of: 7
noun-after porch with: 2
noun-after pork chop: 2
noun-after portion of: 5
noun-after portrait in: 3
noun-after portrait of: 3
noun-after pot and: 6
noun-after pot of: 8
noun-after pot on: 7
noun-after pot with: 2
noun-after price and: 2
noun-after process of: 6
noun-after puppy is: 3
noun-after puppy playing: 2
noun-after purse and: 2
noun-after rack and: 2
noun-after rack at: 2
noun-after rack next: 2
noun-after racket and: 4
noun-after racket at: 9
noun-after racket in: 3
noun-after racket on: 8
noun-after racquet at: 6
noun-after racquet in: 9
noun-after racquet on: 34
noun-after racquet standing: 2
noun-after racquet with: 3
noun-after rail in: 5
noun-after rail on: 5
noun-after railing in: 2
noun-after railing on: 2
noun-after railroad crossing: 3
noun-after rain holding: 2
noun-after rain under: 3
noun-after rain with: 7
noun-after rainbow in: 2
noun-after ramp in: 3
noun-after ramp on: 5
noun-after range in: 2
noun-after rear and: 2
noun-after receiver should: 2
noun-after reflection in: 12
noun-after reflection of: 11
noun-after refrigerator a: 4
noun-after refrigerator and: 8
noun-after refrigerator are: 3
noun-after refrigerator filled: 3
noun-after refrigerator has: 4
noun-after refrigerator in: 15
noun-after refrigerator is: 3
noun-after refrigerator next: 2
noun-after refrigerator on: 3
noun-after refrigerator standing: 2
noun-after refrigerator that: 3
noun-after refrigerator up: 2
noun-after refrigerator with: 10
noun-after remote and: 3
noun-after remote are: 2
noun-after remote in: 8
noun-after remote on: 7
noun-after remote sitting: 3
noun-after remote while: 2
noun-after rest his: 2
noun-after rest on: 7
noun-after restaurant and: 3
noun-after restaurant eating: 3
noun-after restaurant has: 2
noun-after restaurant on: 2
noun-after restaurant with: 11
noun-after restroom next: 2
noun-after restroom with: 7
noun-after ribbon on: 2
noun-after rider are: 3
noun-after rider is: 4
noun-after rider on: 2
noun-after rim of: 2
noun-after river and: 2
noun-after river by: 2
noun-after river in: 2
noun-after river is: 2
noun-after river near: 3
noun-after river on: 2
noun-after river to: 2
noun-after river while: 3
noun-after river with: 8
noun-after road and: 6
noun-after road at: 6
noun-after road by: 4
noun-after road filled: 2
noun-after road full: 2
noun-after road in: 23
noun-after road is: 4
noun-after road near: 9
noun-after road next: 11
noun-after road on: 6
noun-after road outside: 2
noun-after road surrounded: 2
noun-after road that: 4
noun-after road to: 2
noun-after road while: 3
noun-after road with: 34
noun-after roadway and: 2
noun-after rock and: 5
noun-after rock by: 2
noun-after rock in: 5
noun-after rock looking: 2
noun-after rock near: 5
noun-after rock on: 4
noun-after rock with: 5
noun-after roll in: 2
noun-after roll of: 10
noun-after roll with: 3
noun-after roof of: 9
noun-after room and: 3
noun-after room filled: 4
noun-after room full: 3
noun-after room has: 12
noun-after room in: 4
noun-after room is: 7
noun-after room near: 5
noun-after room next: 7
noun-after room on: 2
noun-after room playing: 2
noun-after room showing: 2
noun-after room that: 14
noun-after room together: 2
noun-after room with: 151
noun-after rooster walking: 2
noun-after rose in: 3
noun-after rug and: 3
noun-after rug in: 3
noun-after rug on: 2
noun-after run around: 3
noun-after run down: 3
noun-after run for: 2
noun-after run to: 3
noun-after runway at: 3
noun-after runway in: 5
noun-after runway with: 5
noun-after sail in: 2
noun-after sailboat are: 2
noun-after sailboat in: 2
noun-after salad and: 9
noun-after salad in: 2
noun-after salad on: 4
noun-after salad that: 2
noun-after salad with: 3
noun-after sand and: 2
noun-after sand at: 4
noun-after sand in: 2
noun-after sand near: 5
noun-after sand next: 2
noun-after sand of: 3
noun-after sand on: 4
noun-after sand with: 2
noun-after sandwich and: 26
noun-after sandwich cut: 3
noun-after sandwich has: 2
noun-after sandwich in: 2
noun-after sandwich is: 10
noun-after sandwich next: 2
noun-after sandwich on: 31
noun-after sandwich sits: 2
noun-after sandwich sitting: 8
noun-after sandwich that: 2
noun-after sandwich with: 19
noun-after sausage are: 2
noun-after sausage in: 2
noun-after scissors and: 2
noun-after scissors are: 2
noun-after scooter and: 4
noun-after scooter are: 2
noun-after scooter in: 4
noun-after scooter with: 4
noun-after screen and: 5
noun-after screen at: 2
noun-after screen in: 5
noun-after screen showing: 2
noun-after screen that: 2
noun-after screen with: 3
noun-after sculpture of: 8
noun-after seagull standing: 5
noun-after seat and: 2
noun-after seat cover: 2
noun-after seat down: 2
noun-after seat in: 8
noun-after seat of: 5
noun-after seat on: 3
noun-after seat with: 3
noun-after section of: 3
noun-after selection of: 4
noun-after service parking: 2
noun-after setup with: 2
noun-after shade of: 7
noun-after shadow of: 3
noun-after shadow on: 2
noun-after shape of: 4
noun-after sheet of: 3
noun-after shelf and: 2
noun-after shelf filled: 4
noun-after shelf full: 2
noun-after shelf in: 2
noun-after shelf of: 5
noun-after shelf with: 7
noun-after ship in: 5
noun-after ship is: 3
noun-after ship next: 2
noun-after shirt a: 2
noun-after shirt and: 38
noun-after shirt eating: 3
noun-after shirt holding: 6
noun-after shirt is: 27
noun-after shirt on: 4
noun-after shirt playing: 9
noun-after shirt riding: 2
noun-after shirt sitting: 4
noun-after shirt standing: 2
noun-after shirt that: 2
noun-after shoe and: 2
noun-after shoe on: 2
noun-after shop with: 5
noun-after shore of: 8
noun-after shore with: 3
noun-after shot of: 3
noun-after shower and: 7
noun-after shower in: 3
noun-after sidewalk and: 3
noun-after sidewalk as: 4
noun-after sidewalk by: 3
noun-after sidewalk eating: 2
noun-after sidewalk in: 16
noun-after sidewalk near: 9
noun-after sidewalk next: 16
noun-after sidewalk of: 4
noun-after sidewalk on: 3
noun-after sidewalk outside: 2
noun-after sidewalk under: 5
noun-after sidewalk waiting: 2
noun-after sidewalk with: 20
noun-after sign about: 2
noun-after sign advertising: 3
noun-after sign and: 8
noun-after sign are: 7
noun-after sign at: 4
noun-after sign for: 9
noun-after sign give: 2
noun-after sign hanging: 3
noun-after sign in: 17
noun-after sign is: 13
noun-after sign letting: 3
noun-after sign next: 6
noun-after sign of: 3
noun-after sign on: 19
noun-after sign outside: 4
noun-after sign post: 2
noun-after sign says: 3
noun-after sign showing: 5
noun-after sign sitting: 5
noun-after sign stands: 3
noun-after sign that: 31
noun-after sign to: 2
noun-after sign with: 19
noun-after sill looking: 3
noun-after sill of: 2
noun-after sink a: 8
noun-after sink and: 64
noun-after sink in: 18
noun-after sink is: 3
noun-after sink near: 2
noun-after sink next: 3
noun-after sink on: 3
noun-after sink sitting: 11
noun-after sink that: 5
noun-after sink under: 5
noun-after sink while: 2
noun-after sink with: 23
noun-after skate boarding: 2
noun-after skateboard and: 4
noun-after skateboard at: 9
noun-after skateboard does: 3
noun-after skateboard doing: 4
noun-after skateboard down: 18
noun-after skateboard going: 2
noun-after skateboard grinding: 3
noun-after skateboard in: 23
noun-after skateboard is: 8
noun-after skateboard jumping: 2
noun-after skateboard near: 3
noun-after skateboard off: 3
noun-after skateboard on: 48
noun-after skateboard outside: 4
noun-after skateboard over: 5
noun-after skateboard performs: 2
noun-after skateboard rides: 2
noun-after skateboard that: 3
noun-after skateboard up: 10
noun-after skateboard while: 3
noun-after skateboard with: 5
noun-after skateboarder and: 2
noun-after skateboarder does: 5
noun-after skateboarder doing: 8
noun-after skateboarder in: 12
noun-after skateboarder is: 19
noun-after skateboarder jumping: 3
noun-after skateboarder on: 2
noun-after skateboarder performing: 6
noun-after skateboarder riding: 4
noun-after skateboarder rolling: 2
noun-after skateboarder wearing: 2
noun-after skateboarder with: 3
noun-after ski and: 2
noun-after ski down: 4
noun-after ski in: 6
noun-after ski lift: 2
noun-after ski on: 2
noun-after ski resort: 3
noun-after skier and: 3
noun-after skier are: 7
noun-after skier going: 2
noun-after skier heading: 2
noun-after skier in: 13
noun-after skier is: 31
noun-after skier on: 5
noun-after skier performing: 4
noun-after skier posing: 3
noun-after skier skiing: 3
noun-after skier stand: 2
noun-after skier standing: 2
noun-after skier stands: 5
noun-after skillet on: 2
noun-after skirt and: 2
noun-after skirt is: 2
noun-after skirt standing: 2
noun-after skull and: 2
noun-after sled in: 3
noun-after slope in: 2
noun-after slope of: 2
noun-after slope on: 6
noun-after slope with: 4
noun-after smoke is: 2
noun-after sneaker on: 2
noun-after snow and: 2
noun-after snow behind: 2
noun-after snow boarding: 2
noun-after snow filled: 2
noun-after snow in: 4
noun-after snow near: 3
noun-after snow on: 16
noun-after snow skiing: 2
noun-after snow that: 3
noun-after snow wearing: 3
noun-after snow while: 3
noun-after snow with: 14
noun-after snowboard down: 8
noun-after snowboard in: 6
noun-after snowboard on: 11
noun-after snowboarder in: 3
noun-after snowboarder is: 2
noun-after soccer ball during: 2
noun-after soccer ball in: 4
noun-after soccer ball on: 9
noun-after soccer ball while: 2
noun-after soccer ball with: 2
noun-after soccer player in: 5
noun-after sofa and: 6
noun-after sofa in: 3
noun-after sofa looking: 2
noun-after sofa with: 2
noun-after soup with: 4
noun-after space in: 2
noun-after spectator watching: 3
noun-after spoon and: 5
noun-after spoon in: 5
noun-after spoon looking: 2
noun-after spoon on: 3
noun-after spoon over: 2
noun-after spoon resting: 2
noun-after spray an: 2
noun-after spray from: 2
noun-after square of: 3
noun-after stall in: 2
noun-after stall with: 6
noun-after stance to: 2
noun-after star on: 3
noun-after station at: 4
noun-after station for: 2
noun-after station has: 3
noun-after station in: 3
noun-after station near: 2
noun-after station next: 3
noun-after station on: 3
noun-after station waiting: 3
noun-after station while: 2
noun-after station with: 18
noun-after statue holding: 4
noun-after statue in: 3
noun-after statue is: 3
noun-after statue of: 37
noun-after statue on: 7
noun-after statue with: 4
noun-after steak and: 2
noun-after steeple is: 2
noun-after step doing: 2
noun-after step with: 2
noun-after stick his: 2
noun-after stick in: 3
noun-after stick out: 2
noun-after sticker of: 2
noun-after stool in: 3
noun-after stool on: 2
noun-after stool with: 2
noun-after stop and: 4
noun-after stop at: 3
noun-after stop in: 2
noun-after stop next: 2
noun-after stop sighn: 2
noun-after stop sign and: 11
noun-after stop sign at: 3
noun-after stop sign behind: 2
noun-after stop sign has: 5
noun-after stop sign in: 11
noun-after stop sign is: 15
noun-after stop sign leans: 2
noun-after stop sign next: 2
noun-after stop sign on: 12
noun-after stop sign saying: 2
noun-after stop sign sits: 2
noun-after stop sign sitting: 14
noun-after stop sign that: 8
noun-after stop sign with: 24
noun-after stop to: 3
noun-after stoplight that: 3
noun-after stoplight with: 3
noun-after store filled: 2
noun-after store front: 7
noun-after store on: 4
noun-after store that: 3
noun-after store with: 5
noun-after stove a: 3
noun-after stove and: 14
noun-after stove cooking: 2
noun-after stove in: 6
noun-after stove that: 3
noun-after stove top: 15
noun-after stove with: 4
noun-after strawberry on: 2
noun-after street and: 9
noun-after street at: 28
noun-after street behind: 3
noun-after street beside: 2
noun-after street between: 2
noun-after street by: 6
noun-after street carrying: 2
noun-after street dressed: 2
noun-after street during: 3
noun-after street filled: 11
noun-after street for: 3
noun-after street from: 5
noun-after street full: 4
noun-after street going: 2
noun-after street has: 3
noun-after street holding: 5
noun-after street in: 39
noun-after street is: 7
noun-after street lined: 6
noun-after street near: 19
noun-after street next: 28
noun-after street of: 9
noun-after street on: 8
noun-after street outside: 2
noun-after street past: 4
noun-after street side: 2
noun-after street sign above: 2
noun-after street sign and: 10
noun-after street sign are: 5
noun-after street sign at: 5
noun-after street sign attached: 3
noun-after street sign for: 7
noun-after street sign in: 13
noun-after street sign is: 10
noun-after street sign marks: 2
noun-after street sign mounted: 2
noun-after street sign near: 4
noun-after street sign next: 2
noun-after street sign on: 25
noun-after street sign prohibiting: 2
noun-after street sign reads: 2
noun-after street sign showing: 3
noun-after street sign sitting: 5
noun-after street sign stating: 2
noun-after street sign that: 6
noun-after street sign with: 17
noun-after street smoking: 2
noun-after street some: 2
noun-after street surrounded: 2
noun-after street talking: 3
noun-after street that: 7
noun-after street under: 6
noun-after street while: 6
noun-after street with: 98
noun-after string on: 2
noun-after stripe on: 2
noun-after structure in: 2
noun-after structure with: 3
noun-after stuff on: 2
noun-after stuffed animal are: 6
noun-after stuffed animal in: 3
noun-after stuffed animal is: 3
noun-after stuffed animal on: 4
noun-after stuffed animal posed: 4
noun-after stuffed animal sitting: 4
noun-after stuffed animal with: 3
noun-after stunt in: 3
noun-after stunt on: 2
noun-after subway with: 2
noun-after suit and: 25
noun-after suit holding: 2
noun-after suit is: 4
noun-after suit on: 3
noun-after suit riding: 5
noun-after suit smiling: 2
noun-after suit standing: 6
noun-after suit stands: 3
noun-after suit surfing: 3
noun-after suit that: 2
noun-after suit walking: 2
noun-after suit with: 4
noun-after suitcase and: 3
noun-after suitcase are: 2
noun-after suitcase full: 3
noun-after suitcase is: 2
noun-after suitcase on: 7
noun-after suitcase sits: 2
noun-after suitcase sitting: 3
noun-after suitcase that: 2
noun-after suitcase with: 5
noun-after suite with: 3
noun-after sun and: 2
noun-after sun by: 2
noun-after sun is: 5
noun-after sun on: 3
noun-after sun shines: 3
noun-after sun shining: 2
noun-after surface in: 2
noun-after surfboard and: 4
noun-after surfboard as: 2
noun-after surfboard at: 5
noun-after surfboard in: 44
noun-after surfboard inside: 2
noun-after surfboard is: 6
noun-after surfboard near: 2
noun-after surfboard on: 24
noun-after surfboard riding: 13
noun-after surfboard standing: 2
noun-after surfboard surfing: 3
noun-after surfboard through: 2
noun-after surfboard under: 3
noun-after surfboard walking: 3
noun-after surfboard with: 7
noun-after surfer are: 5
noun-after surfer at: 2
noun-after surfer carries: 2
noun-after surfer carrying: 2
noun-after surfer catching: 2
noun-after surfer holding: 2
noun-after surfer in: 12
noun-after surfer is: 26
noun-after surfer on: 4
noun-after surfer paddling: 2
noun-after surfer rides: 4
noun-after surfer riding: 12
noun-after surfer stand: 2
noun-after surfer that: 2
noun-after surfer walking: 5
noun-after surfer wearing: 2
noun-after swan floating: 2
noun-after swan swimming: 2
noun-after sweater is: 2
noun-after swing a: 8
noun-after swing at: 21
noun-after swing his: 4
noun-after swing the: 2
noun-after t-shirt stands: 2
noun-after table and: 36
noun-after table at: 9
noun-after table covered: 9
noun-after table eating: 25
noun-after table enjoying: 2
noun-after table filled: 10
noun-after table for: 6
noun-after table full: 16
noun-after table has: 10
noun-after table having: 2
noun-after table holding: 8
noun-after table in: 49
noun-after table is: 11
noun-after table looking: 4
noun-after table near: 7
noun-after table next: 35
noun-after table of: 4
noun-after table on: 9
noun-after table outdoors: 2
noun-after table outside: 7
noun-after table set: 2
noun-after table sharing: 2
noun-after table sitting: 4
noun-after table some: 3
noun-after table taking: 2
noun-after table talking: 4
noun-after table that: 17
noun-after table top: 2
noun-after table topped: 36
noun-after table under: 3
noun-after table using: 8
noun-after table while: 5
noun-after table with: 234
noun-after table working: 2
noun-after tarmac at: 5
noun-after taxi and: 3
noun-after teapot and: 2
noun-after teddy bear and: 15
noun-after teddy bear are: 7
noun-after teddy bear as: 2
noun-after teddy bear dressed: 6
noun-after teddy bear hanging: 2
noun-after teddy bear holding: 2
noun-after teddy bear in: 8
noun-after teddy bear inside: 2
noun-after teddy bear is: 16
noun-after teddy bear laying: 4
noun-after teddy bear next: 2
noun-after teddy bear on: 7
noun-after teddy bear playing: 2
noun-after teddy bear sit: 3
noun-after teddy bear sits: 5
noun-after teddy bear sitting: 34
noun-after teddy bear that: 8
noun-after teddy bear wearing: 3
noun-after teddy bear with: 8
noun-after teenager doing: 2
noun-after teenager is: 2
noun-after telephone has: 2
noun-after television and: 8
noun-after television in: 6
noun-after television is: 5
noun-after television on: 4
noun-after television playing: 2
noun-after television set: 6
noun-after television that: 3
noun-after television with: 3
noun-after temperature taken: 2
noun-after tennis ball and: 2
noun-after tennis ball at: 3
noun-after tennis ball during: 4
noun-after tennis ball in: 5
noun-after tennis ball on: 13
noun-after tennis ball sitting: 2
noun-after tennis ball to: 3
noun-after tennis ball up: 3
noun-after tennis ball with: 16
noun-after tennis match: 27
noun-after tennis net: 2
noun-after tennis player during: 2
noun-after tennis player getting: 7
noun-after tennis player has: 2
noun-after tennis player hits: 3
noun-after tennis player hitting: 5
noun-after tennis player holding: 3
noun-after tennis player in: 14
noun-after tennis player is: 33
noun-after tennis player jumping: 3
noun-after tennis player looks: 2
noun-after tennis player on: 14
noun-after tennis player playing: 4
noun-after tennis player poses: 2
noun-after tennis player prepares: 5
noun-after tennis player preparing: 4
noun-after tennis player running: 3
noun-after tennis player serving: 3
noun-after tennis player shaking: 2
noun-after tennis player sitting: 2
noun-after tennis player standing: 2
noun-after tennis player stands: 2
noun-after tennis player swinging: 8
noun-after tennis player taking: 3
noun-after tennis player that: 4
noun-after tennis player trying: 2
noun-after tennis player wearing: 4
noun-after tennis player with: 11
noun-after tennis player's: 2
noun-after tennis racket and: 8
noun-after tennis racket as: 2
noun-after tennis racket at: 5
noun-after tennis racket during: 2
noun-after tennis racket in: 20
noun-after tennis racket is: 2
noun-after tennis racket on: 11
noun-after tennis racket over: 2
noun-after tennis racket playing: 2
noun-after tennis racket to: 2
noun-after tennis racket while: 4
noun-after tent in: 2
noun-after tent with: 3
noun-after thing on: 2
noun-after thing with: 2
noun-after thumb up: 4
noun-after tie and: 14
noun-after tie around: 2
noun-after tie is: 2
noun-after tie on: 2
noun-after tie poses: 2
noun-after tie sits: 2
noun-after tie sitting: 2
noun-after tie standing: 2
noun-after tie with: 3
noun-after tire of: 2
noun-after tire sitting: 3
noun-after toaster and: 4
noun-after toddler in: 2
noun-after toddler is: 3
noun-after toddler with: 4
noun-after toilet a: 4
noun-after toilet and: 56
noun-after toilet covered: 2
noun-after toilet decorated: 2
noun-after toilet from: 2
noun-after toilet in: 41
noun-after toilet is: 7
noun-after toilet missing: 3
noun-after toilet near: 2
noun-after toilet next: 3
noun-after toilet sit: 3
noun-after toilet sits: 5
noun-after toilet sitting: 21
noun-after toilet taking: 2
noun-after toilet that: 10
noun-after toilet while: 2
noun-after toilet with: 37
noun-after tongue out: 2
noun-after tongue while: 2
noun-after tooth and: 5
noun-after tooth brush: 6
noun-after tooth brushed: 2
noun-after tooth in: 8
noun-after tooth while: 2
noun-after tooth with: 9
noun-after toothbrush and: 3
noun-after toothbrush in: 9
noun-after toothbrush is: 3
noun-after toothbrush with: 2
noun-after towel and: 4
noun-after towel over: 2
noun-after tower and: 5
noun-after tower at: 8
noun-after tower in: 13
noun-after tower is: 5
noun-after tower near: 4
noun-after tower next: 4
noun-after tower of: 3
noun-after tower on: 10
noun-after tower sitting: 8
noun-after tower stands: 5
noun-after tower that: 8
noun-after tower towering: 4
noun-after tower with: 30
noun-after town in: 6
noun-after toy and: 2
noun-after toy in: 5
noun-after toy is: 2
noun-after track along: 2
noun-after track and: 2
noun-after track at: 9
noun-after track by: 5
noun-after track during: 2
noun-after track in: 9
noun-after track into: 2
noun-after track near: 19
noun-after track next: 11
noun-after track on: 4
noun-after track past: 2
noun-after track pulling: 2
noun-after track surrounded: 2
noun-after track that: 2
noun-after track under: 3
noun-after track with: 21
noun-after trade show: 3
noun-after traffic is: 3
noun-after traffic jam: 2
noun-after traffic light above: 2
noun-after traffic light and: 8
noun-after traffic light at: 5
noun-after traffic light attached: 3
noun-after traffic light hanging: 4
noun-after traffic light in: 7
noun-after traffic light is: 2
noun-after traffic light next: 2
noun-after traffic light on: 8
noun-after traffic light over: 3
noun-after traffic light sitting: 3
noun-after traffic light suspended: 3
noun-after traffic light with: 9
noun-after traffic stopped: 2
noun-after trail in: 4
noun-after trail of: 3
noun-after train and: 4
noun-after train approaching: 2
noun-after train are: 3
noun-after train arrives: 2
noun-after train as: 3
noun-after train at: 12
noun-after train carrying: 2
noun-after train coming: 7
noun-after train covered: 3
noun-after train drives: 5
noun-after train driving: 7
noun-after train filled: 3
noun-after train going: 14
noun-after train has: 4
noun-after train in: 8
noun-after train is: 80
noun-after train moving: 9
noun-after train next: 8
noun-after train of: 3
noun-after train on: 50
noun-after train parked: 14
noun-after train passes: 6
noun-after train passing: 7
noun-after train pulling: 13
noun-after train pulls: 5
noun-after train ride: 4
noun-after train rides: 3
noun-after train riding: 7
noun-after train running: 4
noun-after train sits: 6
noun-after train sitting: 10
noun-after train speeding: 4
noun-after train stopped: 9
noun-after train that: 24
noun-after train traveling: 39
noun-after train travels: 4
noun-after train with: 33
noun-after trash can: 14
noun-after tray and: 4
noun-after tray filled: 5
noun-after tray holding: 4
noun-after tray in: 2
noun-after tray is: 2
noun-after tray of: 17
noun-after tray on: 5
noun-after tray that: 2
noun-after tray topped: 3
noun-after tray with: 9
noun-after tree and: 15
noun-after tree are: 2
noun-after tree around: 2
noun-after tree at: 2
noun-after tree behind: 2
noun-after tree by: 3
noun-after tree during: 2
noun-after tree has: 2
noun-after tree in: 25
noun-after tree is: 2
noun-after tree next: 3
noun-after tree on: 6
noun-after tree together: 2
noun-after tree with: 10
noun-after trick after: 2
noun-after trick at: 6
noun-after trick in: 9
noun-after trick off: 2
noun-after trick on: 49
noun-after trick over: 3
noun-after trick with: 6
noun-after trio of: 6
noun-after trolley is: 4
noun-after truck and: 12
noun-after truck are: 3
noun-after truck carrying: 2
noun-after truck drives: 5
noun-after truck driving: 6
noun-after truck for: 2
noun-after truck in: 8
noun-after truck is: 21
noun-after truck loaded: 2
noun-after truck on: 15
noun-after truck outside: 2
noun-after truck parked: 20
noun-after truck pulling: 2
noun-after truck sitting: 4
noun-after truck that: 3
noun-after truck with: 21
noun-after trunk of: 3
noun-after trunk over: 2
noun-after trunk together: 2
noun-after tub a: 2
noun-after tub and: 10
noun-after tub in: 2
noun-after tub sitting: 3
noun-after tub with: 4
noun-after tube of: 2
noun-after tunnel with: 2
noun-after turkey on: 2
noun-after turkey out: 2
noun-after tv and: 6
noun-after tv in: 6
noun-after tv on: 8
noun-after tv stand: 4
noun-after umbrella and: 15
noun-after umbrella are: 4
noun-after umbrella at: 6
noun-after umbrella for: 5
noun-after umbrella held: 2
noun-after umbrella in: 22
noun-after umbrella is: 10
noun-after umbrella looking: 3
noun-after umbrella near: 5
noun-after umbrella next: 4
noun-after umbrella on: 18
noun-after umbrella outside: 2
noun-after umbrella over: 8
noun-after umbrella sitting: 4
noun-after umbrella standing: 4
noun-after umbrella stands: 4
noun-after umbrella that: 3
noun-after umbrella walking: 2
noun-after umbrella while: 6
noun-after umbrella with: 5
noun-after umpire and: 2
noun-after umpire is: 2
noun-after uniform holding: 7
noun-after uniform on: 2
noun-after uniform showing: 2
noun-after uniform standing: 3
noun-after upside down: 5
noun-after urinal and: 3
noun-after urinal are: 2
noun-after urinal in: 4
noun-after valley with: 2
noun-after van drives: 2
noun-after van in: 2
noun-after van parked: 2
noun-after van with: 2
noun-after vanity in: 2
noun-after vanity is: 2
noun-after vanity with: 3
noun-after vase and: 3
noun-after vase are: 2
noun-after vase containing: 4
noun-after vase filled: 19
noun-after vase full: 9
noun-after vase holding: 3
noun-after vase is: 5
noun-after vase of: 20
noun-after vase on: 10
noun-after vase sits: 2
noun-after vase sitting: 6
noun-after vase that: 3
noun-after vase with: 50
noun-after vegetable and: 4
noun-after vegetable are: 5
noun-after vegetable in: 2
noun-after vegetable laid: 2
noun-after vegetable on: 3
noun-after veggie and: 2
noun-after vehicle and: 4
noun-after vehicle are: 3
noun-after vehicle at: 2
noun-after vehicle in: 3
noun-after vehicle parked: 3
noun-after vehicle with: 4
noun-after vendor selling: 3
noun-after vest and: 2
noun-after view of: 2
noun-after vintage black: 2
noun-after volley in: 2
noun-after waffle with: 4
noun-after wagon with: 5
noun-after waitress and: 2
noun-after walkway in: 2
noun-after wall and: 20
noun-after wall at: 2
noun-after wall behind: 5
noun-after wall covered: 2
noun-after wall displaying: 2
noun-after wall in: 15
noun-after wall looking: 2
noun-after wall mounted: 2
noun-after wall near: 4
noun-after wall next: 5
noun-after wall of: 12
noun-after wall on: 3
noun-after wall painted: 2
noun-after wall that: 6
noun-after wall to: 3
noun-after wall with: 16
noun-after water and: 13
noun-after water at: 8
noun-after water by: 4
noun-after water for: 2
noun-after water hose: 4
noun-after water in: 7
noun-after water is: 3
noun-after water near: 9
noun-after water next: 3
noun-after water of: 4
noun-after water on: 10
noun-after water riding: 2
noun-after water to: 2
noun-after water together: 2
noun-after water while: 2
noun-after water with: 19
noun-after wave as: 5
noun-after wave back: 2
noun-after wave in: 30
noun-after wave near: 2
noun-after wave of: 3
noun-after wave on: 62
noun-after wave that: 2
noun-after wave to: 2
noun-after wave with: 4
noun-after wheel on: 2
noun-after wheelchair holding: 2
noun-after wheelchair is: 2
noun-after window and: 9
noun-after window as: 2
noun-after window at: 8
noun-after window in: 13
noun-after window looking: 6
noun-after window of: 11
noun-after window on: 5
noun-after window watching: 3
noun-after window with: 20
noun-after windshield of: 3
noun-after wine and: 2
noun-after wing flying: 2
noun-after wire above: 2
noun-after woman about: 3
noun-after woman and: 39
noun-after woman are: 33
noun-after woman at: 4
noun-after woman bending: 3
noun-after woman brushes: 2
noun-after woman brushing: 3
noun-after woman carrying: 10
noun-after woman checking: 2
noun-after woman cooking: 3
noun-after woman cuts: 2
noun-after woman cutting: 6
noun-after woman digging: 2
noun-after woman dressed: 6
noun-after woman eat: 2
noun-after woman eating: 10
noun-after woman feeding: 2
noun-after woman flies: 2
noun-after woman getting: 3
noun-after woman has: 8
noun-after woman hits: 2
noun-after woman hitting: 5
noun-after woman hold: 2
noun-after woman holding: 122
noun-after woman holds: 16
noun-after woman in: 165
noun-after woman is: 168
noun-after woman jumping: 3
noun-after woman laying: 17
noun-after woman leaning: 5
noun-after woman leans: 2
noun-after woman lies: 4
noun-after woman looking: 10
noun-after woman looks: 6
noun-after woman lying: 3
noun-after woman next: 2
noun-after woman on: 44
noun-after woman play: 4
noun-after woman playing: 25
noun-after woman plays: 2
noun-after woman poses: 8
noun-after woman posing: 9
noun-after woman prepares: 5
noun-after woman preparing: 4
noun-after woman reaching: 3
noun-after woman rides: 7
noun-after woman riding: 16
noun-after woman running: 2
noun-after woman seated: 3
noun-after woman selling: 2
noun-after woman showing: 3
noun-after woman sit: 5
noun-after woman sits: 22
noun-after woman sitting: 112
noun-after woman skiing: 4
noun-after woman smiles: 4
noun-after woman smiling: 9
noun-after woman smoking: 3
noun-after woman stand: 6
noun-after woman standing: 85
noun-after woman stands: 17
noun-after woman swinging: 2
noun-after woman takes: 4
noun-after woman taking: 14
noun-after woman talking: 8
noun-after woman that: 27
noun-after woman throws: 2
noun-after woman touching: 2
noun-after woman tries: 2
noun-after woman twirling: 2
noun-after woman using: 3
noun-after woman waiting: 6
noun-after woman walk: 3
noun-after woman walking: 27
noun-after woman walks: 7
noun-after woman watches: 3
noun-after woman watching: 5
noun-after woman wearing: 41
noun-after woman who: 13
noun-after woman with: 85
noun-after woman working: 4
noun-after woman writes: 2
noun-after wood and: 2
noun-after wood near: 3
noun-after wood playing: 2
noun-after wood with: 2
noun-after worker are: 3
noun-after worker stand: 2
noun-after workstation with: 3
noun-after yard and: 2
noun-after yard playing: 3
noun-after yard with: 3
noun-after zebra and: 15
noun-after zebra are: 30
noun-after zebra eat: 4
noun-after zebra eating: 7
noun-after zebra facing: 3
noun-after zebra fighting: 2
noun-after zebra gather: 2
noun-after zebra graze: 2
noun-after zebra grazing: 17
noun-after zebra has: 2
noun-after zebra in: 16
noun-after zebra is: 12
noun-after zebra laying: 3
noun-after zebra lays: 4
noun-after zebra on: 4
noun-after zebra resting: 3
noun-after zebra stand: 13
noun-after zebra standing: 57
noun-after zebra stands: 3
noun-after zebra that: 6
noun-after zebra walk: 4
noun-after zebra walking: 3
noun-after zebra with: 5
noun-after zone that: 2
noun-after zoo eating: 2
noun-after zoo exhibit: 2
noun-after zoo walks: 2
noun-after zoo with: 3
noun-count action: 3
noun-count ad: 3
noun-count adult: 47
noun-count advertisement: 10
noun-count aircraft: 5
noun-count airline: 3
noun-count airliner: 4
noun-count airplane: 151
noun-count airport: 66
noun-count alcohol: 1
noun-count alley: 3
noun-count amount: 8
noun-count angle: 3
noun-count animal: 55
noun-count antelope: 3
noun-count apartment: 6
noun-count apple: 42
noun-count appliance: 7
noun-count apron: 5
noun-count aquarium: 4
noun-count area: 188
noun-count arena: 3
noun-count armchair: 2
noun-count army: 1
noun-count arrangement: 7
noun-count array: 3
noun-count arrow: 5
noun-count art: 7
noun-count asphalt: 2
noun-count assortment: 24
noun-count athlete: 9
noun-count atm: 2
noun-count attachment: 2
noun-count audience: 11
noun-count automobile: 2
noun-count award: 2
noun-count awning: 2
noun-count baby: 84
noun-count backdrop: 6
noun-count backpack: 11
noun-count backyard: 12
noun-count badminton: 1
noun-count bag: 66
noun-count bagel: 7
noun-count baggage: 2
noun-count bakery: 11
noun-count balance: 8
noun-count balcony: 5
noun-count ball: 246
noun-count balloon: 8
noun-count banana: 114
noun-count bandana: 3
noun-count bank: 7
noun-count banner: 3
noun-count bar: 43
noun-count barge: 3
noun-count barn: 13
noun-count barrel: 3
noun-count barrier: 10
noun-count bartender: 2
noun-count base: 27
noun-count baseball: 45
noun-count baseball bat: 81
noun-count baseball player: 184
noun-count basement: 2
noun-count basin: 2
noun-count basket: 27
noun-count bat: 118
noun-count batch: 3
noun-count bath: 6
noun-count bathrobe: 1
noun-count bathroom: 405
noun-count bathtub: 25
noun-count batter: 58
noun-count bay: 10
noun-count beach: 416
noun-count beak: 7
noun-count beam: 3
noun-count bean: 2
noun-count beanie: 1
noun-count bear: 163
noun-count beard: 10
noun-count bed: 370
noun-count bedroom: 64
noun-count bedspread: 7
noun-count beef: 2
noun-count beer: 18
noun-count bell: 2
noun-count belly: 3
noun-count belt: 5
noun-count ben: 1
noun-count bench: 406
noun-count berry: 1
noun-count beverage: 13
noun-count bicycle: 103
noun-count bicyclist: 8
noun-count bidet: 2
noun-count bike: 142
noun-count bikers: 1
noun-count bikini: 4
noun-count billboard: 6
noun-count bin: 4
noun-count biplane: 4
noun-count bird: 251
noun-count birthday: 5
noun-count bit: 3
noun-count blackboard: 4
noun-count blade: 3
noun-count blanket: 68
noun-count blazer: 2
noun-count bleacher: 2
noun-count blender: 32
noun-count blinder: 1
noun-count block: 11
noun-count blonde: 1
noun-count blow: 4
noun-count blur: 2
noun-count boar: 2
noun-count board: 233
noun-count boarder: 18
noun-count boardwalk: 1
noun-count boat: 253
noun-count bone: 1
noun-count book: 74
noun-count bookcase: 7
noun-count bookshelf: 8
noun-count boot: 3
noun-count booth: 6
noun-count border: 4
noun-count boston: 1
noun-count bottle: 102
noun-count boulder: 4
noun-count bouquet: 4
noun-count bow: 8
noun-count bowl: 292
noun-count box: 111
noun-count boy: 440
noun-count bracelet: 1
noun-count branch: 68
noun-count brand: 2
noun-count bread: 8
noun-count breakfast: 5
noun-count brick: 3
noun-count bride: 26
noun-count bridge: 78
noun-count briefcase: 7
noun-count broccoli: 16
noun-count bronze: 1
noun-count brow: 3
noun-count bubble: 1
noun-count bucket: 13
noun-count buffalo: 2
noun-count buffet: 4
noun-count buggy: 3
noun-count building: 570
noun-count bull: 18
noun-count bun: 20
noun-count bunch: 11
noun-count bunny: 3
noun-count bunt: 2
noun-count burger: 12
noun-count burgundy: 1
noun-count burner: 2
noun-count burrito: 3
noun-count bus: 438
noun-count bush: 26
noun-count business: 5
noun-count businessman: 2
noun-count butter: 1
noun-count butterfly: 1
noun-count button: 9
noun-count cab: 3
noun-count cabbage: 1
noun-count cabinet: 30
noun-count cable: 1
noun-count caboose: 3
noun-count cafe: 8
noun-count cafeteria: 2
noun-count cage: 23
noun-count cake: 224
noun-count calculator: 4
noun-count calf: 13
noun-count camera: 129
noun-count canal: 6
noun-count candle: 18
noun-count canoe: 9
noun-count canopy: 7
noun-count canvas: 1
noun-count cap: 13
noun-count car: 308
noun-count card: 1
noun-count carpet: 8
noun-count carriage: 34
noun-count carrier: 3
noun-count carrot: 26
noun-count cart: 35
noun-count cartoon: 1
noun-count case: 48
noun-count casserole: 2
noun-count castle: 5
noun-count cat: 701
noun-count catcher: 29
noun-count cathedral: 2
noun-count cattle: 12
noun-count cave: 5
noun-count ceiling: 10
noun-count celebration: 1
noun-count cell: 2
noun-count cell phone: 189
noun-count cellphone: 51
noun-count cement: 1
noun-count cemetery: 3
noun-count centerpiece: 3
noun-count chain: 17
noun-count chair: 247
noun-count chalkboard: 2
noun-count champagne: 1
noun-count chandelier: 4
noun-count character: 4
noun-count cheese: 1
noun-count chef: 7
noun-count cherry: 3
noun-count chest: 3
noun-count chicken: 10
noun-count child: 302
noun-count chip: 2
noun-count chocolate: 2
noun-count chrome: 2
noun-count church: 22
noun-count cigar: 1
noun-count cigarette: 22
noun-count cinnamon: 1
noun-count circle: 7
noun-count circus: 6
noun-count city: 144
noun-count cityscape: 4
noun-count class: 3
noun-count classroom: 10
noun-count cliff: 3
noun-count clock: 290
noun-count closet: 7
noun-count cloth: 8
noun-count clothes: 3
noun-count cloud: 14
noun-count clown: 8
noun-count club: 2
noun-count cluster: 4
noun-count coach: 6
noun-count coast: 4
noun-count coat: 17
noun-count cob: 2
noun-count cobblestone: 1
noun-count coconut: 2
noun-count coffee: 5
noun-count coin: 6
noun-count collage: 13
noun-count collar: 11
noun-count collection: 16
noun-count color: 5
noun-count comb: 2
noun-count combination: 1
noun-count comforter: 7
noun-count commode: 2
noun-count commuter: 1
noun-count compartment: 4
noun-count competition: 11
noun-count competitor: 2
noun-count component: 2
noun-count computer: 247
noun-count concrete: 9
noun-count cone: 7
noun-count conference: 2
noun-count construction: 1
noun-count container: 40
noun-count content: 5
noun-count contraption: 2
noun-count control: 1
noun-count controller: 37
noun-count conversation: 1
noun-count cookie: 5
noun-count cooler: 4
noun-count cop: 7
noun-count cord: 3
noun-count corn: 1
noun-count corner: 127
noun-count corral: 6
noun-count costume: 11
noun-count couch: 194
noun-count counter: 175
noun-count countertop: 7
noun-count country: 5
noun-count countryside: 5
noun-count couple: 1
noun-count course: 11
noun-count court: 285
noun-count courtyard: 4
noun-count cow: 193
noun-count cowboy: 2
noun-count cracker: 7
noun-count crane: 7
noun-count crate: 8
noun-count cream: 1
noun-count crest: 5
noun-count crib: 2
noun-count croissant: 1
noun-count crosse: 5
noun-count crosswalk: 14
noun-count crow: 3
noun-count crown: 1
noun-count crust: 8
noun-count crystal: 1
noun-count cubicle: 3
noun-count cup: 96
noun-count cupboard: 3
noun-count cupcake: 17
noun-count curb: 64
noun-count curbside: 1
noun-count curtain: 27
noun-count curve: 7
noun-count customer: 4
noun-count cutter: 2
noun-count cycle: 3
noun-count dachshund: 1
noun-count dashboard: 3
noun-count deck: 12
noun-count decor: 1
noun-count decoration: 4
noun-count deli: 2
noun-count den: 6
noun-count department: 3
noun-count depot: 3
noun-count desert: 23
noun-count desk: 315
noun-count desktop: 10
noun-count dessert: 19
noun-count device: 17
noun-count dime: 3
noun-count diner: 9
noun-count dinner: 10
noun-count direction: 11
noun-count dirt: 37
noun-count disc: 13
noun-count dish: 46
noun-count dishwasher: 3
noun-count disk: 5
noun-count dispenser: 8
noun-count display: 62
noun-count district: 1
noun-count dock: 24
noun-count doctor: 1
noun-count dog: 619
noun-count doll: 16
noun-count dolphin: 2
noun-count donkey: 7
noun-count donut: 39
noun-count door: 98
noun-count doorway: 13
noun-count doughnut: 32
noun-count dozen: 2
noun-count drawing: 3
noun-count dress: 38
noun-count dresser: 6
noun-count drink: 63
noun-count driver: 6
noun-count driveway: 10
noun-count dryer: 12
noun-count duck: 11
noun-count dug: 2
noun-count dugout: 8
noun-count dumpster: 5
noun-count duvet: 1
noun-count eagle: 2
noun-count eatery: 4
noun-count eats: 9
noun-count edge: 61
noun-count egg: 18
noun-count electronics: 3
noun-count elephant: 329
noun-count elvis: 1
noun-count embankment: 3
noun-count employee: 3
noun-count enclosure: 63
noun-count end: 1
noun-count engine: 18
noun-count entertainment: 4
noun-count entrance: 6
noun-count entree: 2
noun-count environment: 3
noun-count evening: 2
noun-count event: 21
noun-count exercise: 1
noun-count exit: 1
noun-count expanse: 3
noun-count extinguisher: 2
noun-count face: 99
noun-count facility: 1
noun-count factory: 7
noun-count family: 34
noun-count fan: 12
noun-count farm: 8
noun-count farmer: 6
noun-count fashion: 2
noun-count father: 4
noun-count faucet: 11
noun-count feather: 2
noun-count feature: 19
noun-count fedora: 2
noun-count feeder: 13
noun-count female: 14
noun-count fence: 196
noun-count field: 768
noun-count fighter: 3
noun-count figure: 1
noun-count figurine: 3
noun-count film: 3
noun-count finger: 11
noun-count fire: 14
noun-count fire hydrant: 195
noun-count fireplace: 25
noun-count fixture: 3
noun-count flag: 34
noun-count flame: 1
noun-count flashlight: 3
noun-count flight: 6
noun-count floor: 143
noun-count flower: 53
noun-count foam: 1
noun-count fog: 2
noun-count foil: 1
noun-count food: 89
noun-count forest: 57
noun-count fork: 58
noun-count form: 2
noun-count formation: 6
noun-count fountain: 6
noun-count fox: 2
noun-count frame: 12
noun-count freeway: 6
noun-count freezer: 16
noun-count freight: 1
noun-count french: 5
noun-count fridge: 41
noun-count friend: 24
noun-count frisbee: 139
noun-count frog: 2
noun-count frosting: 1
noun-count fruit: 44
noun-count fun: 2
noun-count fur: 1
noun-count furniture: 6
noun-count game: 343
noun-count garage: 9
noun-count garbage: 7
noun-count garden: 18
noun-count gate: 15
noun-count gazelle: 1
noun-count gentleman: 9
noun-count giant: 4
noun-count giraffe: 394
noun-count girl: 422
noun-count glass: 115
noun-count glove: 14
noun-count goat: 29
noun-count goggles: 1
noun-count gold: 3
noun-count goose: 6
noun-count gown: 3
noun-count graffito: 9
noun-count granite: 1
noun-count grape: 2
noun-count grass: 234
noun-count gravel: 1
noun-count graz: 6
noun-count grill: 12
noun-count grizzly bear: 42
noun-count grocery: 1
noun-count ground: 145
noun-count group: 6
noun-count growth: 1
noun-count guard: 2
noun-count guest: 5
noun-count guitar: 9
noun-count gun: 3
noun-count guy: 124
noun-count gym: 7
noun-count habitat: 14
noun-count hair: 18
noun-count hairbrush: 4
noun-count haircut: 4
noun-count hall: 6
noun-count hallway: 9
noun-count ham: 2
noun-count hamburger: 7
noun-count hammer: 2
noun-count hammock: 4
noun-count handbag: 1
noun-count handicap: 1
noun-count handkerchief: 3
noun-count handle: 16
noun-count handler: 2
noun-count hanger: 6
noun-count harbor: 22
noun-count harness: 7
noun-count hat: 107
noun-count hawk: 3
noun-count hay: 9
noun-count head: 155
noun-count headlight: 1
noun-count heart: 4
noun-count heat: 2
noun-count height: 4
noun-count helmet: 36
noun-count herb: 1
noun-count highway: 24
noun-count hill: 129
noun-count hillside: 14
noun-count hip: 2
noun-count hippopotamus: 1
noun-count hitter: 3
noun-count holder: 11
noun-count hole: 10
noun-count home: 18
noun-count hood: 18
noun-count horn: 2
noun-count horse: 417
noun-count horseback: 1
noun-count hot dog: 78
noun-count hotdog: 26
noun-count hotel: 13
noun-count house: 80
noun-count hut: 3
noun-count hydrant: 7
noun-count ice: 1
noun-count icing: 1
noun-count image: 8
noun-count individual: 12
noun-count ingredient: 4
noun-count instruction: 3
noun-count instructor: 2
noun-count interior: 6
noun-count intersection: 98
noun-count ipod: 3
noun-count iron: 1
noun-count island: 15
noun-count item: 21
noun-count jacket: 49
noun-count jar: 11
noun-count jeep: 6
noun-count jersey: 3
noun-count jet: 36
noun-count jetliner: 10
noun-count jockey: 9
noun-count joke: 2
noun-count jump: 52
noun-count jungle: 2
noun-count kangaroo: 1
noun-count ketchup: 1
noun-count kettle: 2
noun-count key: 1
noun-count keyboard: 117
noun-count kid: 86
noun-count kiosk: 2
noun-count kit: 2
noun-count kitchen: 356
noun-count kite: 242
noun-count kitten: 27
noun-count kitty: 1
noun-count knee: 8
noun-count knife: 51
noun-count lab: 1
noun-count lady: 83
noun-count lake: 64
noun-count lamb: 5
noun-count lamp: 28
noun-count lamp post: 42
noun-count land: 12
noun-count landing: 6
noun-count landscape: 5
noun-count lane: 7
noun-count language: 8
noun-count lap: 44
noun-count lapel: 3
noun-count laptop: 299
noun-count lawn: 12
noun-count leaf: 23
noun-count league: 1
noun-count leash: 22
noun-count leather: 1
noun-count led: 1
noun-count ledge: 28
noun-count lego: 1
noun-count lemon: 3
noun-count lens: 6
noun-count leopard: 2
noun-count lettuce: 2
noun-count level: 2
noun-count library: 2
noun-count lid: 22
noun-count life: 4
noun-count lifeguard: 3
noun-count light: 109
noun-count lighthouse: 4
noun-count limb: 5
noun-count lime: 6
noun-count liner: 3
noun-count lion: 1
noun-count lip: 5
noun-count livestock: 2
noun-count living room: 256
noun-count lizard: 3
noun-count llama: 5
noun-count load: 4
noun-count loaf: 4
noun-count lobby: 5
noun-count location: 4
noun-count log: 15
noun-count logo: 4
noun-count longhorn: 1
noun-count luggage: 24
noun-count lunch: 6
noun-count macaroni: 1
noun-count machine: 14
noun-count machinery: 3
noun-count magazine: 2
noun-count maker: 1
noun-count male: 34
noun-count man: 3102
noun-count mane: 3
noun-count maneuver: 2
noun-count mannequin: 2
noun-count map: 15
noun-count marble: 1
noun-count marina: 5
noun-count marker: 1
noun-count market: 40
noun-count marsh: 3
noun-count mary: 1
noun-count mask: 3
noun-count mast: 1
noun-count mat: 9
noun-count mattress: 6
noun-count meadow: 8
noun-count meal: 61
noun-count meat: 11
noun-count medium: 2
noun-count member: 4
noun-count menu: 4
noun-count mess: 4
noun-count message: 5
noun-count metal: 3
noun-count microphone: 9
noun-count microwave: 42
noun-count midst: 5
noun-count milk: 1
noun-count milkshake: 4
noun-count miniature: 1
noun-count mint: 2
noun-count mirror: 168
noun-count mitt: 5
noun-count mixer: 2
noun-count mixture: 2
noun-count model: 6
noun-count mom: 2
noun-count monitor: 97
noun-count monkey: 3
noun-count moon: 13
noun-count moped: 9
noun-count morning: 2
noun-count mosaic: 1
noun-count mosquito: 2
noun-count motel: 2
noun-count mother: 26
noun-count motion: 1
noun-count motor: 3
noun-count motorcycle: 284
noun-count motorcyclist: 7
noun-count mound: 14
noun-count mountain: 123
noun-count mouse: 53
noun-count mouth: 63
noun-count movement: 1
noun-count movie: 3
noun-count mud: 4
noun-count muffin: 3
noun-count museum: 7
noun-count music: 1
noun-count mustache: 3
noun-count mustard: 2
noun-count name: 10
noun-count napkin: 8
noun-count neck: 21
noun-count necktie: 1
noun-count neighborhood: 7
noun-count neon: 5
noun-count newspaper: 10
noun-count noodle: 2
noun-count nose: 11
noun-count notebook: 7
noun-count notepad: 3
noun-count number: 1
noun-count nurse: 1
noun-count object: 27
noun-count obstacle: 11
noun-count ocean: 183
noun-count office: 27
noun-count officer: 5
noun-count onion: 2
noun-count onlooker: 1
noun-count opening: 9
noun-count opponent: 4
noun-count orange: 87
noun-count ornament: 3
noun-count ostrich: 2
noun-count outfield: 5
noun-count outfit: 11
noun-count oven: 101
noun-count overpass: 6
noun-count overview: 2
noun-count owl: 3
noun-count owner: 7
noun-count ox: 3
noun-count pacifier: 4
noun-count pack: 11
noun-count package: 2
noun-count pad: 5
noun-count paddle: 10
noun-count paddock: 4
noun-count page: 2
noun-count painting: 37
noun-count pajama: 1
noun-count palace: 3
noun-count pallet: 4
noun-count palm: 2
noun-count pan: 48
noun-count pancake: 4
noun-count panda: 9
noun-count panel: 2
noun-count paper: 15
noun-count paperwork: 1
noun-count para: 2
noun-count parachute: 7
noun-count parade: 8
noun-count parasail: 1
noun-count parasol: 3
noun-count parent: 6
noun-count park: 173
noun-count parka: 2
noun-count parrot: 3
noun-count party: 18
noun-count passenger: 15
noun-count pasta: 3
noun-count pastry: 24
noun-count pasture: 41
noun-count patch: 12
noun-count path: 37
noun-count pathway: 4
noun-count patio: 9
noun-count pattern: 3
noun-count patty: 2
noun-count pavement: 16
noun-count paw: 16
noun-count pc: 2
noun-count peach: 1
noun-count peak: 4
noun-count pear: 8
noun-count pedestal: 1
noun-count pen: 42
noun-count pencil: 2
noun-count pepper: 1
noun-count pepperoni: 1
noun-count performer: 2
noun-count person: 1838
noun-count personnel: 1
noun-count pet: 7
noun-count phone: 141
noun-count photograph: 28
noun-count photographer: 11
noun-count photography: 1
noun-count piano: 4
noun-count pickle: 4
noun-count pickup: 2
noun-count picnic: 6
noun-count pie: 21
noun-count pier: 14
noun-count pig: 6
noun-count pigeon: 7
noun-count pillow: 24
noun-count pin: 7
noun-count pineapple: 8
noun-count pipe: 4
noun-count pit: 2
noun-count pitch: 32
noun-count pitcher: 32
noun-count pizza: 291
noun-count place: 19
noun-count plaid: 1
noun-count plane: 141
noun-count plank: 4
noun-count plant: 39
noun-count planter: 6
noun-count plaque: 2
noun-count plastic: 2
noun-count plate: 791
noun-count platform: 46
noun-count platter: 15
noun-count player: 44
noun-count playground: 5
noun-count plaza: 7
noun-count plow: 5
noun-count pocket: 3
noun-count podium: 3
noun-count point: 10
noun-count polar bear: 38
noun-count pole: 154
noun-count police: 1
noun-count police officer: 8
noun-count policeman: 4
noun-count pond: 17
noun-count pony: 10
noun-count poodle: 2
noun-count pool: 19
noun-count porch: 7
noun-count pork: 3
noun-count port: 3
noun-count portion: 5
noun-count portrait: 14
noun-count position: 7
noun-count poster: 4
noun-count pot: 35
noun-count potato: 1
noun-count practice: 3
noun-count preparation: 1
noun-count presentation: 2
noun-count president: 5
noun-count price: 4
noun-count princess: 1
noun-count printer: 10
noun-count process: 6
noun-count product: 2
noun-count projector: 3
noun-count prop: 1
noun-count propeller: 1
noun-count pub: 1
noun-count puppy: 18
noun-count purse: 9
noun-count quilt: 3
noun-count rabbit: 1
noun-count race: 19
noun-count racer: 2
noun-count rack: 28
noun-count racket: 70
noun-count racquet: 110
noun-count radio: 3
noun-count rag: 3
noun-count rail: 45
noun-count railing: 18
noun-count railroad: 8
noun-count railway: 1
noun-count rain: 45
noun-count rainbow: 4
noun-count ramp: 82
noun-count range: 8
noun-count ray: 1
noun-count rear: 8
noun-count receiver: 3
noun-count reception: 3
noun-count referee: 5
noun-count reflection: 32
noun-count refrigerator: 109
noun-count remote: 73
noun-count renovation: 1
noun-count rest: 11
noun-count restaurant: 84
noun-count restroom: 23
noun-count rhinoceros: 1
noun-count ribbon: 9
noun-count rice: 1
noun-count rider: 25
noun-count rim: 6
noun-count river: 100
noun-count road: 397
noun-count roadside: 2
noun-count roadway: 10
noun-count robe: 3
noun-count robot: 1
noun-count rock: 66
noun-count rodeo: 2
noun-count roll: 18
noun-count roller: 2
noun-count roof: 17
noun-count rooftop: 3
noun-count room: 353
noun-count rooster: 3
noun-count rope: 12
noun-count rose: 3
noun-count rubber: 1
noun-count rug: 16
noun-count run: 23
noun-count runner: 10
noun-count runway: 77
noun-count saddle: 2
noun-count safety: 2
noun-count sail: 7
noun-count sailboat: 9
noun-count sailor: 3
noun-count salad: 32
noun-count sale: 2
noun-count salon: 4
noun-count sand: 67
noun-count sandwich: 149
noun-count santa: 1
noun-count sauce: 7
noun-count saucer: 1
noun-count sausage: 9
noun-count savannah: 3
noun-count scale: 2
noun-count scape: 2
noun-count scarf: 3
noun-count scenery: 1
noun-count school: 2
noun-count scissors: 9
noun-count scooter: 24
noun-count screen: 72
noun-count screwdriver: 1
noun-count sculpture: 19
noun-count sea: 11
noun-count seagull: 9
noun-count seashell: 2
noun-count seat: 57
noun-count section: 5
noun-count seed: 1
noun-count segway: 3
noun-count selection: 4
noun-count self: 2
noun-count semi: 2
noun-count server: 2
noun-count service: 2
noun-count setup: 3
noun-count shade: 20
noun-count shadow: 10
noun-count shaker: 1
noun-count shape: 7
noun-count shark: 2
noun-count sheet: 13
noun-count shelf: 58
noun-count shell: 2
noun-count ship: 20
noun-count shirt: 131
noun-count shoe: 19
noun-count shop: 27
noun-count shore: 40
noun-count shoreline: 9
noun-count shot: 3
noun-count shoulder: 15
noun-count shower: 30
noun-count shrub: 3
noun-count shrubbery: 3
noun-count sidewalk: 226
noun-count sign: 254
noun-count signage: 1
noun-count signal: 4
noun-count silhouette: 1
noun-count sill: 20
noun-count silverware: 1
noun-count sink: 252
noun-count site: 4
noun-count size: 4
noun-count skate: 4
noun-count skateboard: 321
noun-count skateboarder: 89
noun-count skater: 4
noun-count ski: 40
noun-count skier: 121
noun-count skillet: 6
noun-count skirt: 15
noun-count skull: 2
noun-count skyline: 6
noun-count skyscraper: 7
noun-count slab: 3
noun-count sled: 7
noun-count slope: 126
noun-count smoke: 4
noun-count snack: 4
noun-count sneaker: 6
noun-count snow: 174
noun-count snowboard: 56
noun-count snowboarder: 22
noun-count soap: 1
noun-count soccer: 1
noun-count soccer ball: 44
noun-count soccer player: 11
noun-count soda: 8
noun-count sofa: 24
noun-count soldier: 3
noun-count soup: 5
noun-count space: 8
noun-count speaker: 6
noun-count spectator: 6
noun-count speech: 4
noun-count speed: 6
noun-count spire: 4
noun-count spoon: 33
noun-count sport: 2
noun-count spot: 3
noun-count spray: 6
noun-count square: 14
noun-count squirrel: 1
noun-count stadium: 5
noun-count stage: 6
noun-count stair: 11
noun-count staircase: 3
noun-count stairway: 4
noun-count stall: 34
noun-count stance: 5
noun-count star: 4
noun-count state: 2
noun-count station: 147
noun-count statue: 81
noun-count steak: 2
noun-count steel: 3
noun-count steeple: 9
noun-count step: 17
noun-count stick: 25
noun-count sticker: 4
noun-count stomach: 3
noun-count stone: 7
noun-count stool: 12
noun-count stop: 46
noun-count stop sign: 152
noun-count stoplight: 11
noun-count storage: 1
noun-count store: 56
noun-count storefront: 3
noun-count storm: 2
noun-count story: 4
noun-count stove: 97
noun-count straw: 2
noun-count strawberry: 9
noun-count stream: 14
noun-count street: 844
noun-count street sign: 175
noun-count streetlight: 3
noun-count string: 10
noun-count strip: 4
noun-count stripe: 4
noun-count structure: 12
noun-count student: 6
noun-count stuff: 3
noun-count stuffed animal: 48
noun-count stunt: 9
noun-count style: 1
noun-count styrofoam: 1
noun-count subway: 7
noun-count suit: 85
noun-count suitcase: 72
noun-count suite: 7
noun-count sun: 53
noun-count sunflower: 3
noun-count sunshine: 3
noun-count surf: 9
noun-count surface: 37
noun-count surfboard: 246
noun-count surfer: 115
noun-count surroundings: 2
noun-count sushi: 1
noun-count swan: 8
noun-count sweat: 1
noun-count sweater: 4
noun-count sweatshirt: 3
noun-count swimmer: 2
noun-count swing: 50
noun-count symbol: 2
noun-count syrup: 1
noun-count system: 4
noun-count t-shirt: 8
noun-count table: 1152
noun-count tablecloth: 3
noun-count tabletop: 3
noun-count tail: 7
noun-count tan: 2
noun-count tank: 7
noun-count tarmac: 23
noun-count taxi: 8
noun-count tea: 1
noun-count teapot: 3
noun-count teddy: 2
noun-count teddy bear: 184
noun-count tee: 1
noun-count teenager: 11
noun-count telephone: 4
noun-count television: 85
noun-count temperature: 3
noun-count temple: 2
noun-count tennis: 39
noun-count tennis ball: 120
noun-count tennis player: 192
noun-count tennis racket: 127
noun-count tent: 14
noun-count terrain: 5
noun-count terrier: 1
noun-count text: 3
noun-count theme: 2
noun-count thing: 9
noun-count thumb: 4
noun-count ticket: 3
noun-count tie: 84
noun-count tier: 1
noun-count tile: 4
noun-count tin: 4
noun-count tip: 2
noun-count tire: 11
noun-count toaster: 11
noun-count toddler: 24
noun-count toilet: 316
noun-count toilette: 2
noun-count tomato: 5
noun-count tongue: 13
noun-count tool: 3
noun-count tooth: 58
noun-count toothbrush: 41
noun-count toothpaste: 1
noun-count tourist: 3
noun-count tournament: 3
noun-count tow: 1
noun-count towel: 30
noun-count tower: 165
noun-count town: 23
noun-count toy: 35
noun-count track: 245
noun-count tractor: 4
noun-count trade: 3
noun-count traffic: 15
noun-count traffic light: 86
noun-count trail: 30
noun-count trailer: 13
noun-count train: 502
noun-count tram: 4
noun-count transit: 1
noun-count trash: 14
noun-count traveler: 3
noun-count tray: 88
noun-count tree: 303
noun-count trick: 124
noun-count tricycle: 2
noun-count trio: 6
noun-count tripod: 5
noun-count trolley: 10
noun-count trough: 2
noun-count truck: 219
noun-count trunk: 29
noun-count tub: 48
noun-count tube: 3
noun-count tulip: 1
noun-count tunnel: 9
noun-count turkey: 8
noun-count tuxedo: 2
noun-count tv: 38
noun-count twig: 2
noun-count umbrella: 300
noun-count umpire: 12
noun-count uniform: 25
noun-count unit: 1
noun-count upside: 5
noun-count urinal: 20
noun-count utensil: 5
noun-count valley: 7
noun-count van: 16
noun-count vane: 3
noun-count vanity: 14
noun-count vase: 163
noun-count vegetable: 23
noun-count vegetation: 4
noun-count veggie: 4
noun-count vehicle: 39
noun-count vendor: 12
noun-count vest: 5
noun-count video: 2
noun-count view: 2
noun-count village: 2
noun-count vintage: 5
noun-count visitor: 1
noun-count volley: 5
noun-count waffle: 7
noun-count wagon: 12
noun-count waitress: 3
noun-count walker: 2
noun-count walkway: 16
noun-count wall: 272
noun-count wallpaper: 1
noun-count war: 1
noun-count warehouse: 3
noun-count washer: 4
noun-count water: 336
noun-count waterfront: 2
noun-count watermelon: 1
noun-count waterway: 7
noun-count wave: 259
noun-count way: 5
noun-count wedding: 2
noun-count wedge: 6
noun-count weed: 2
noun-count wheel: 14
noun-count wheelchair: 5
noun-count wheeler: 4
noun-count wife: 2
noun-count wilderness: 7
noun-count wildlife: 1
noun-count wind: 6
noun-count window: 244
noun-count windowsill: 4
noun-count windshield: 7
noun-count wine: 7
noun-count wing: 8
noun-count winter: 2
noun-count wire: 14
noun-count wok: 2
noun-count wolf: 2
noun-count woman: 1454
noun-count wood: 49
noun-count wool: 5
noun-count word: 9
noun-count worker: 11
noun-count workspace: 2
noun-count workstation: 5
noun-count world: 4
noun-count yacht: 2
noun-count yard: 47
noun-count yogurt: 1
noun-count youngster: 2
noun-count youth: 4
noun-count zebra: 267
noun-count zombie: 2
noun-count zone: 4
noun-count zoo: 68
nurse: 1
object adult is: 2
object adult of: 7
object adult three: 4
object adult to: 2
object adult two: 7
object adult with: 3
object adult young: 4
object airplane and: 7
object airplane around: 2
object airplane as: 3
object airplane big: 2
object airplane black: 2
object airplane blue: 7
object airplane colorful: 2
object airplane from: 4
object airplane gray: 2
object airplane grey: 2
object airplane in: 5
object airplane large: 21
object airplane near: 3
object airplane of: 24
object airplane old: 7
object airplane on: 2
object airplane red: 8
object airplane several: 3
object airplane silver: 2
object airplane small: 20
object airplane to: 2
object airplane two: 16
object airplane under: 2
object airplane white: 14
object airplane with: 5
object airplane yellow: 2
object apple and: 18
object apple eating: 5
object apple green: 7
object apple holding: 2
object apple like: 3
object apple of: 14
object apple red: 7
object apple sliced: 4
object apple two: 8
object apple with: 6
object backpack with: 8
object bagel eating: 2
object bagel off: 2
object bagel with: 2
object ball and: 8
object ball as: 5
object ball at: 39
object ball black: 2
object ball catch: 8
object ball catching: 4
object ball for: 10
object ball hit: 43
object ball hits: 6
object ball hitting: 13
object ball holding: 6
object ball into: 2
object ball kick: 2
object ball kicking: 2
object ball of: 5
object ball on: 2
object ball pitching: 3
object ball return: 7
object ball serve: 11
object ball serving: 6
object ball throw: 4
object ball throwing: 10
object ball throws: 6
object ball to: 3
object ball toward: 2
object ball towards: 2
object ball white: 3
object ball with: 16
object balloon with: 4
object banana and: 21
object banana behind: 2
object banana eating: 10
object banana for: 2
object banana from: 2
object banana green: 14
object banana has: 4
object banana holding: 4
object banana in: 2
object banana is: 3
object banana many: 2
object banana of: 77
object banana ripe: 5
object banana showing: 2
object banana small: 2
object banana to: 4
object banana two: 3
object banana unripe: 2
object banana with: 29
object banana yellow: 9
object bandana with: 2
object barn in: 9
object baseball and: 2
object baseball at: 20
object baseball bat and: 4
object baseball bat at: 14
object baseball bat holding: 68
object baseball bat holds: 3
object baseball bat of: 4
object baseball bat on: 3
object baseball bat plastic: 2
object baseball bat swing: 8
object baseball bat swinging: 40
object baseball bat swings: 9
object baseball bat swung: 2
object baseball bat with: 38
object baseball blue: 2
object baseball during: 23
object baseball for: 3
object baseball hit: 7
object baseball hitting: 5
object baseball holding: 3
object baseball in: 42
object baseball of: 21
object baseball on: 21
object baseball pitching: 4
object baseball plastic: 3
object baseball player behind: 2
object baseball player is: 4
object baseball player male: 3
object baseball player of: 26
object baseball player three: 5
object baseball player two: 10
object baseball player young: 3
object baseball playing: 5
object baseball throwing: 4
object baseball throws: 2
object baseball watching: 3
object baseball wearing: 8
object baseball white: 3
object baseball with: 8
object basket and: 3
object basket in: 10
object basket with: 3
object basketball of: 2
object bathroom and: 3
object bathroom blue: 4
object bathroom clean: 9
object bathroom dilapidated: 2
object bathroom dirty: 4
object bathroom empty: 2
object bathroom from: 2
object bathroom in: 125
object bathroom inside: 4
object bathroom into: 2
object bathroom is: 4
object bathroom large: 3
object bathroom lighted: 2
object bathroom modern: 9
object bathroom of: 34
object bathroom on: 7
object bathroom open: 2
object bathroom small: 44
object bathroom tiny: 2
object bathroom to: 4
object bathroom under: 5
object bathroom white: 29
object bathtub and: 2
object bathtub of: 5
object bathtub white: 2
object beach across: 3
object beach along: 16
object beach at: 59
object beach by: 4
object beach down: 9
object beach empty: 3
object beach in: 3
object beach near: 12
object beach of: 27
object beach on: 217
object beach onto: 3
object beach over: 6
object beach sandy: 40
object beach to: 9
object beach wet: 2
object bear big: 2
object bear black: 37
object bear brown: 2
object bear large: 8
object bear of: 11
object bear small: 2
object bear stuffed: 32
object bear three: 7
object bear two: 14
object bear white: 6
object bear with: 2
object bed against: 2
object bed and: 6
object bed big: 2
object bed brown: 2
object bed from: 2
object bed in: 72
object bed large: 9
object bed messy: 4
object bed of: 28
object bed on: 159
object bed pink: 2
object bed small: 4
object bed to: 9
object bed two: 4
object bed white: 13
object bed with: 19
object bed wooden: 2
object bedroom in: 27
object bedroom messy: 2
object bedroom modern: 4
object bedroom of: 4
object beer and: 7
object beer empty: 2
object beer holding: 2
object beer of: 17
object beer to: 2
object beer with: 4
object bench against: 3
object bench and: 3
object bench at: 4
object bench by: 3
object bench empty: 5
object bench green: 7
object bench in: 2
object bench long: 2
object bench metal: 4
object bench near: 2
object bench of: 16
object bench on: 151
object bench purple: 2
object bench red: 5
object bench to: 5
object bench two: 2
object bench under: 3
object bench white: 3
object bench with: 6
object bench wood: 4
object bench wooden: 59
object bicycle and: 7
object bicycle blue: 4
object bicycle by: 6
object bicycle in: 2
object bicycle of: 6
object bicycle on: 14
object bicycle rides: 2
object bicycle riding: 5
object bicycle several: 4
object bicycle to: 9
object bicycle white: 2
object bicycle with: 11
object bird and: 11
object bird big: 3
object bird black: 22
object bird blue: 4
object bird brown: 7
object bird by: 2
object bird colorful: 3
object bird few: 2
object bird gray: 2
object bird is: 6
object bird large: 13
object bird many: 5
object bird of: 30
object bird on: 3
object bird orange: 2
object bird red: 5
object bird several: 2
object bird small: 21
object bird three: 4
object bird tiny: 2
object bird two: 18
object bird white: 19
object bird with: 12
object bird yellow: 5
object blanket and: 2
object blanket blue: 2
object blanket colorful: 3
object blanket green: 2
object blanket in: 4
object blanket of: 5
object blanket on: 19
object blanket pink: 3
object blanket plaid: 2
object blanket two: 2
object blanket under: 5
object blanket white: 3
object blanket with: 15
object boat and: 7
object boat big: 3
object boat black: 2
object boat empty: 2
object boat green: 4
object boat in: 11
object boat is: 2
object boat large: 11
object boat like: 2
object boat long: 5
object boat many: 5
object boat metal: 2
object boat near: 5
object boat of: 41
object boat old: 3
object boat on: 16
object boat orange: 3
object boat red: 7
object boat several: 8
object boat shows: 2
object boat small: 21
object boat to: 5
object boat two: 11
object boat white: 11
object boat with: 18
object boat wooden: 9
object boat yellow: 3
object book and: 22
object book at: 5
object book colorful: 2
object book holding: 4
object book large: 2
object book of: 21
object book on: 4
object book open: 3
object book reading: 13
object book reads: 3
object book red: 2
object book through: 2
object book with: 16
object boot black: 3
object bottle and: 11
object bottle four: 2
object bottle from: 6
object bottle holding: 4
object bottle in: 2
object bottle of: 11
object bottle opening: 2
object bottle plastic: 5
object bottle red: 4
object bottle three: 3
object bottle to: 10
object bottle with: 9
object bowl and: 10
object bowl big: 9
object bowl black: 3
object bowl blue: 3
object bowl empty: 6
object bowl four: 3
object bowl glass: 13
object bowl has: 4
object bowl holding: 2
object bowl in: 38
object bowl into: 2
object bowl large: 7
object bowl metal: 4
object bowl near: 2
object bowl of: 11
object bowl on: 2
object bowl orange: 2
object bowl plastic: 2
object bowl several: 2
object bowl small: 9
object bowl to: 10
object bowl two: 12
object bowl white: 17
object bowl with: 10
object box and: 6
object box around: 2
object box black: 2
object box cardboard: 9
object box from: 2
object box in: 18
object box inside: 2
object box into: 3
object box many: 3
object box of: 9
object box open: 3
object box over: 2
object box several: 3
object box to: 2
object box with: 3
object box wooden: 5
object boy and: 9
object boy is: 2
object boy little: 74
object boy of: 12
object boy small: 21
object boy teaching: 2
object boy three: 3
object boy to: 3
object boy two: 9
object boy while: 2
object boy with: 4
object boy young: 128
object bread and: 3
object bread of: 21
object bread on: 2
object bread with: 6
object bridge across: 3
object bridge and: 2
object bridge large: 2
object bridge lighted: 2
object bridge near: 3
object bridge of: 3
object bridge on: 9
object bridge over: 9
object bridge small: 2
object bridge to: 4
object bridge under: 9
object bridge underneath: 2
object broccoli and: 32
object broccoli chopped: 2
object broccoli green: 2
object broccoli of: 33
object broccoli with: 30
object burger containing: 2
object burger of: 2
object burger with: 2
object bus and: 19
object bus at: 15
object bus behind: 2
object bus beside: 2
object bus black: 4
object bus blue: 13
object bus board: 2
object bus by: 2
object bus colorful: 2
object bus empty: 3
object bus for: 5
object bus green: 11
object bus in: 4
object bus is: 2
object bus large: 17
object bus leaving: 2
object bus long: 3
object bus near: 4
object bus of: 39
object bus old: 5
object bus on: 11
object bus or: 2
object bus outside: 2
object bus pink: 4
object bus purple: 4
object bus red: 19
object bus several: 2
object bus small: 3
object bus to: 9
object bus two: 5
object bus white: 43
object bus with: 10
object bus yellow: 17
object bush and: 5
object bush by: 3
object bush green: 8
object bush in: 4
object bush near: 5
object bush of: 5
object bush on: 2
object bush through: 3
object bush with: 4
object cabinet and: 10
object cabinet brown: 4
object cabinet large: 2
object cabinet of: 5
object cabinet open: 2
object cabinet small: 2
object cabinet white: 8
object cabinet with: 8
object cabinet wood: 7
object cabinet wooden: 18
object cake and: 4
object cake around: 2
object cake blue: 2
object cake brown: 2
object cake chocolate: 14
object cake cut: 3
object cake cuts: 2
object cake cutting: 17
object cake decorated: 3
object cake eating: 2
object cake holding: 6
object cake into: 11
object cake large: 3
object cake near: 3
object cake of: 68
object cake on: 6
object cake serving: 2
object cake small: 5
object cake to: 3
object cake two: 5
object cake up: 2
object cake white: 14
object cake with: 25
object camera and: 6
object camera at: 36
object camera behind: 2
object camera facing: 2
object camera for: 25
object camera from: 4
object camera holding: 6
object camera into: 10
object camera of: 12
object camera to: 3
object camera toward: 5
object camera towards: 5
object camera with: 6
object canoe long: 2
object canoe on: 2
object car and: 40
object car at: 2
object car beside: 3
object car black: 7
object car brown: 2
object car by: 2
object car few: 4
object car from: 4
object car in: 14
object car into: 2
object car many: 9
object car of: 99
object car old: 3
object car on: 6
object car open: 2
object car out: 2
object car red: 15
object car several: 15
object car sign: 2
object car silver: 7
object car small: 3
object car to: 14
object car two: 9
object car white: 8
object car with: 42
object carrot and: 16
object carrot chopped: 2
object carrot has: 2
object carrot holding: 2
object carrot large: 4
object carrot of: 23
object carrot raw: 2
object carrot to: 2
object carrot with: 11
object cat and: 22
object cat at: 7
object cat beige: 2
object cat big: 2
object cat black: 56
object cat brown: 11
object cat gray: 16
object cat grey: 8
object cat is: 14
object cat large: 3
object cat little: 3
object cat of: 32
object cat one: 2
object cat orange: 22
object cat pets: 3
object cat petting: 4
object cat small: 18
object cat striped: 7
object cat three: 2
object cat to: 5
object cat two: 32
object cat while: 3
object cat white: 62
object cat with: 23
object cat yellow: 4
object cat young: 3
object cell phone and: 30
object cell phone at: 39
object cell phone broken: 4
object cell phone checking: 6
object cell phone checks: 2
object cell phone has: 2
object cell phone holding: 38
object cell phone holds: 6
object cell phone near: 3
object cell phone of: 6
object cell phone old: 5
object cell phone on: 115
object cell phone onto: 2
object cell phone pink: 2
object cell phone small: 2
object cell phone to: 5
object cell phone two: 7
object cell phone up: 8
object cell phone using: 15
object cell phone with: 46
object chair and: 46
object chair blue: 4
object chair brown: 2
object chair empty: 4
object chair four: 2
object chair from: 2
object chair green: 5
object chair in: 57
object chair little: 2
object chair of: 18
object chair on: 37
object chair orange: 5
object chair outdoor: 2
object chair purple: 2
object chair red: 12
object chair three: 3
object chair to: 4
object chair two: 5
object chair white: 5
object chair wicker: 4
object chair with: 28
object chair wood: 2
object chair wooden: 11
object cheese and: 15
object cheese grilled: 7
object cheese in: 5
object cheese large: 2
object cheese of: 13
object cheese with: 21
object chef in: 2
object cherry and: 2
object chicken and: 3
object chicken grilled: 2
object chicken of: 9
object chicken shredded: 2
object chicken with: 3
object child and: 27
object child as: 2
object child at: 2
object child four: 6
object child helping: 2
object child holding: 5
object child little: 22
object child male: 2
object child many: 4
object child of: 65
object child several: 9
object child small: 60
object child three: 4
object child to: 9
object child two: 35
object child with: 14
object child young: 67
object chopstick and: 3
object chopstick with: 2
object church is: 2
object church of: 6
object church old: 3
object church tall: 4
object church with: 2
object clock and: 19
object clock at: 3
object clock big: 5
object clock black: 2
object clock blue: 4
object clock brick: 5
object clock by: 2
object clock colorful: 3
object clock different: 4
object clock gold: 2
object clock green: 2
object clock grey: 2
object clock has: 17
object clock huge: 5
object clock is: 4
object clock large: 51
object clock metal: 4
object clock of: 26
object clock old: 8
object clock ornate: 7
object clock red: 2
object clock small: 4
object clock square: 2
object clock tall: 17
object clock to: 4
object clock two: 9
object clock white: 11
object clock with: 72
object clock wooden: 3
object coffee and: 14
object coffee in: 2
object coffee of: 20
object coffee on: 2
object coffee to: 4
object coffee with: 4
object cookie and: 3
object cookie with: 2
object couch and: 11
object couch big: 2
object couch black: 7
object couch blue: 4
object couch brown: 5
object couch from: 2
object couch green: 2
object couch grey: 2
object couch has: 3
object couch in: 2
object couch leather: 7
object couch near: 2
object couch of: 21
object couch old: 2
object couch on: 95
object couch orange: 5
object couch red: 4
object couch to: 4
object couch two: 4
object couch white: 7
object couch with: 28
object counter and: 13
object counter at: 5
object counter behind: 8
object counter black: 7
object counter granite: 5
object counter marble: 4
object counter messy: 2
object counter of: 9
object counter on: 58
object counter refrigerator: 2
object counter to: 2
object counter white: 8
object counter with: 5
object counter wooden: 7
object cow and: 4
object cow black: 13
object cow brown: 17
object cow four: 5
object cow large: 4
object cow leading: 2
object cow many: 5
object cow of: 54
object cow one: 3
object cow several: 13
object cow small: 3
object cow smaller: 2
object cow three: 8
object cow to: 2
object cow two: 15
object cow white: 24
object cow with: 6
object cow young: 2
object cucumber and: 3
object cup and: 31
object cup ceramic: 2
object cup holding: 4
object cup in: 2
object cup inside: 2
object cup metal: 2
object cup of: 4
object cup paper: 2
object cup red: 2
object cup three: 2
object cup to: 6
object cup two: 8
object cup white: 2
object cup with: 13
object cupcake at: 2
object cupcake holding: 2
object cupcake of: 2
object cupcake touching: 2
object cupcake with: 2
object curtain and: 4
object curtain behind: 4
object curtain white: 2
object curtain with: 4
object desert and: 2
object desert chocolate: 2
object desert in: 13
object desert of: 3
object desk and: 6
object desk at: 28
object desk glass: 2
object desk of: 23
object desk on: 112
object desk small: 3
object desk teacher's: 2
object desk to: 2
object desk white: 8
object desk with: 7
object desk wood: 2
object desk wooden: 16
object dishwasher and: 4
object dog and: 49
object dog as: 3
object dog at: 3
object dog behind: 5
object dog big: 2
object dog black: 30
object dog brown: 34
object dog by: 5
object dog carrying: 2
object dog four: 5
object dog from: 2
object dog happy: 3
object dog holding: 5
object dog hot: 16
object dog is: 4
object dog large: 14
object dog little: 5
object dog of: 29
object dog on: 3
object dog putting: 2
object dog several: 3
object dog small: 28
object dog tan: 3
object dog three: 9
object dog to: 6
object dog two: 43
object dog walking: 8
object dog walks: 2
object dog wet: 3
object dog while: 3
object dog white: 53
object dog with: 41
object dog yellow: 2
object dog young: 2
object doll and: 3
object doll of: 2
object doll two: 2
object donkey of: 3
object donkey to: 2
object donut and: 8
object donut assorted: 3
object donut at: 2
object donut chocolate: 3
object donut different: 2
object donut eating: 6
object donut fried: 2
object donut holding: 7
object donut in: 5
object donut into: 2
object donut of: 43
object donut six: 5
object donut small: 2
object donut with: 11
object door above: 2
object door and: 4
object door blue: 2
object door by: 4
object door glass: 4
object door green: 3
object door in: 5
object door near: 2
object door of: 7
object door on: 5
object door open: 15
object door outside: 5
object door striped: 3
object door two: 4
object door with: 9
object dress black: 5
object dress blue: 5
object dress in: 12
object dress long: 2
object dress orange: 2
object dress red: 3
object dress wearing: 5
object dress white: 6
object duck and: 2
object duck of: 3
object duck white: 3
object elephant at: 4
object elephant big: 7
object elephant brown: 7
object elephant by: 2
object elephant feeding: 2
object elephant giant: 2
object elephant gray: 7
object elephant grey: 2
object elephant is: 2
object elephant large: 22
object elephant like: 2
object elephant little: 4
object elephant many: 2
object elephant of: 89
object elephant on: 7
object elephant painted: 2
object elephant riding: 4
object elephant several: 3
object elephant small: 11
object elephant sprays: 2
object elephant three: 8
object elephant to: 12
object elephant two: 43
object elephant with: 8
object elephant young: 5
object fence against: 4
object fence and: 7
object fence at: 3
object fence behind: 25
object fence by: 17
object fence inside: 3
object fence iron: 4
object fence metal: 10
object fence near: 19
object fence of: 13
object fence on: 9
object fence outside: 2
object fence over: 14
object fence through: 5
object fence to: 21
object fence under: 2
object fence white: 2
object fence with: 5
object fence wood: 3
object fence wooden: 11
object field across: 9
object field around: 2
object field down: 2
object field dry: 2
object field empty: 2
object field grassy: 101
object field grazing: 2
object field green: 68
object field in: 275
object field large: 10
object field near: 3
object field of: 25
object field on: 131
object field onto: 2
object field open: 34
object field over: 2
object field plow: 2
object field rocky: 4
object field snowy: 4
object field through: 13
object field to: 7
object fire hydrant and: 7
object fire hydrant around: 2
object fire hydrant black: 4
object fire hydrant blue: 8
object fire hydrant broken: 3
object fire hydrant different: 2
object fire hydrant from: 2
object fire hydrant green: 2
object fire hydrant is: 2
object fire hydrant near: 7
object fire hydrant nine: 2
object fire hydrant of: 6
object fire hydrant old: 5
object fire hydrant opening: 2
object fire hydrant orange: 7
object fire hydrant painted: 3
object fire hydrant red: 39
object fire hydrant silver: 4
object fire hydrant to: 13
object fire hydrant white: 6
object fire hydrant with: 2
object fire hydrant yellow: 17
object flower and: 10
object flower black: 2
object flower by: 2
object flower colorful: 4
object flower fresh: 2
object flower has: 2
object flower in: 3
object flower of: 31
object flower pink: 6
object flower purple: 11
object flower red: 13
object flower to: 2
object flower various: 2
object flower wearing: 2
object flower white: 14
object flower with: 44
object flower yellow: 5
object forest green: 6
object forest in: 25
object forest near: 7
object forest of: 5
object forest snowy: 5
object forest through: 2
object forest to: 9
object fork and: 26
object fork holding: 2
object fork of: 2
object fork to: 4
object fork with: 25
object frisbee and: 3
object frisbee blue: 2
object frisbee catch: 13
object frisbee catching: 6
object frisbee for: 5
object frisbee get: 3
object frisbee grab: 2
object frisbee green: 4
object frisbee holding: 11
object frisbee of: 8
object frisbee orange: 2
object frisbee reach: 2
object frisbee red: 4
object frisbee throw: 7
object frisbee throwing: 10
object frisbee to: 2
object frisbee white: 11
object frisbee with: 26
object frisbee yellow: 5
object garage in: 2
object garage of: 4
object gate at: 4
object gate near: 2
object gate to: 4
object giraffe and: 8
object giraffe around: 2
object giraffe at: 6
object giraffe feeding: 8
object giraffe few: 2
object giraffe four: 11
object giraffe is: 2
object giraffe large: 6
object giraffe many: 2
object giraffe of: 70
object giraffe several: 6
object giraffe small: 6
object giraffe smaller: 2
object giraffe stuffed: 2
object giraffe tall: 15
object giraffe three: 18
object giraffe to: 3
object giraffe two: 108
object giraffe with: 5
object giraffe young: 2
object girl and: 9
object girl blond: 3
object girl little: 100
object girl of: 16
object girl one: 3
object girl small: 11
object girl smiling: 2
object girl three: 2
object girl to: 3
object girl two: 32
object girl with: 3
object girl young: 86
object glass and: 30
object glass behind: 9
object glass from: 2
object glass in: 16
object glass near: 3
object glass of: 9
object glass pouring: 4
object glass several: 2
object glass tall: 2
object glass to: 11
object glass two: 10
object glass with: 26
object goat black: 3
object goat few: 2
object goat of: 5
object goat white: 5
object goat with: 2
object grass across: 5
object grass and: 16
object grass big: 2
object grass brown: 4
object grass dried: 2
object grass dry: 19
object grass eat: 3
object grass eating: 9
object grass green: 51
object grass in: 142
object grass long: 2
object grass near: 3
object grass of: 45
object grass on: 107
object grass over: 2
object grass short: 3
object grass tall: 34
object grass through: 10
object grass to: 3
object grass with: 10
object gravel in: 3
object gravel on: 6
object grizzly bear big: 3
object grizzly bear large: 7
object grizzly bear of: 2
object grizzly bear three: 3
object grizzly bear two: 9
object guitar playing: 5
object guitar with: 2
object handbag and: 2
object handbag with: 2
object hat and: 14
object hat black: 8
object hat brown: 2
object hat green: 4
object hat in: 12
object hat on: 2
object hat purple: 2
object hat red: 7
object hat straw: 2
object hat wearing: 18
object hat with: 18
object helmet in: 9
object helmet wearing: 15
object helmet wears: 2
object helmet with: 10
object helmet yellow: 2
object horse and: 11
object horse at: 2
object horse black: 13
object horse brown: 47
object horse by: 7
object horse few: 3
object horse grey: 2
object horse guide: 2
object horse guiding: 2
object horse in: 5
object horse is: 2
object horse jumping: 3
object horse large: 4
object horse leading: 2
object horse near: 2
object horse of: 46
object horse on: 49
object horse one: 2
object horse petting: 3
object horse rides: 10
object horse riding: 49
object horse small: 6
object horse taking: 2
object horse three: 5
object horse to: 7
object horse two: 31
object horse while: 4
object horse white: 33
object horse with: 11
object hot dog eat: 2
object hot dog eating: 7
object hot dog eats: 2
object hot dog grilled: 2
object hot dog holding: 11
object hot dog into: 2
object hot dog long: 2
object hot dog of: 10
object hot dog plastic: 3
object hot dog putting: 3
object hot dog three: 6
object hot dog two: 10
object hot dog with: 10
object hotel at: 2
object hotel be: 2
object hotel in: 9
object hotel large: 2
object hotel modern: 2
object hotel of: 6
object hotel small: 2
object hotel to: 3
object house and: 6
object house at: 19
object house brick: 2
object house grey: 2
object house in: 20
object house inside: 5
object house into: 3
object house large: 5
object house many: 2
object house near: 8
object house of: 32
object house old: 2
object house on: 5
object house over: 2
object house someone's: 3
object house to: 4
object house with: 4
object jacket and: 2
object jacket black: 12
object jacket blue: 12
object jacket brown: 3
object jacket dark: 2
object jacket green: 5
object jacket in: 11
object jacket purple: 2
object jacket red: 15
object jacket wearing: 2
object jacket white: 5
object jacket yellow: 5
object juice of: 7
object juice orange: 8
object keyboard and: 22
object keyboard at: 2
object keyboard by: 2
object keyboard near: 4
object keyboard of: 3
object keyboard on: 13
object keyboard to: 11
object keyboard using: 2
object keyboard white: 3
object keyboard with: 11
object kitchen and: 7
object kitchen at: 10
object kitchen busy: 2
object kitchen clean: 7
object kitchen empty: 3
object kitchen in: 144
object kitchen inside: 2
object kitchen is: 5
object kitchen large: 4
object kitchen modern: 6
object kitchen near: 3
object kitchen of: 25
object kitchen old: 2
object kitchen on: 25
object kitchen open: 2
object kitchen small: 19
object kitchen steel: 2
object kitchen to: 6
object kitchen white: 14
object kitchen with: 3
object kite and: 3
object kite at: 2
object kite blue: 4
object kite carrying: 2
object kite colorful: 18
object kite decorated: 2
object kite different: 2
object kite few: 2
object kite fixing: 2
object kite flies: 4
object kite fly: 14
object kite flying: 74
object kite get: 3
object kite holding: 9
object kite large: 10
object kite many: 5
object kite near: 2
object kite of: 5
object kite onto: 4
object kite paper: 3
object kite several: 2
object kite two: 3
object kite under: 2
object kite various: 2
object kite while: 4
object kite white: 2
object kite with: 38
object kite yellow: 3
object knife and: 14
object knife by: 2
object knife has: 2
object knife holding: 10
object knife large: 5
object knife to: 2
object knife with: 15
object lake at: 3
object lake by: 2
object lake from: 2
object lake in: 13
object lake near: 5
object lake of: 12
object lake on: 16
object lake over: 3
object lake small: 2
object lake through: 2
object lake to: 5
object lamp and: 9
object lamp on: 2
object lamp post and: 8
object lamp post green: 2
object lamp post of: 8
object lamp post on: 2
object lamp post to: 5
object lamp post under: 3
object lamp post with: 8
object lamp to: 4
object lamp two: 3
object lamp with: 9
object laptop above: 2
object laptop and: 39
object laptop at: 15
object laptop beside: 3
object laptop both: 2
object laptop by: 3
object laptop holding: 4
object laptop into: 3
object laptop many: 2
object laptop near: 10
object laptop of: 53
object laptop on: 53
object laptop one: 3
object laptop open: 19
object laptop operating: 3
object laptop red: 3
object laptop several: 4
object laptop small: 2
object laptop to: 22
object laptop two: 8
object laptop uses: 2
object laptop using: 16
object laptop white: 4
object laptop with: 71
object lemon and: 4
object lemon of: 2
object lemon two: 2
object lemon with: 3
object leopard in: 2
object living room and: 4
object living room decorated: 5
object living room in: 99
object living room is: 3
object living room large: 7
object living room messy: 4
object living room modern: 3
object living room of: 13
object living room small: 2
object living room white: 3
object living room with: 3
object lizard large: 2
object magazine with: 2
object man aged: 3
object man and: 24
object man as: 9
object man at: 2
object man behind: 3
object man by: 11
object man elderly: 5
object man few: 3
object man five: 4
object man four: 11
object man is: 33
object man near: 5
object man of: 181
object man old: 17
object man one: 9
object man several: 10
object man showing: 3
object man six: 2
object man smiling: 15
object man three: 33
object man to: 26
object man two: 176
object man watch: 3
object man watching: 4
object man while: 10
object man with: 30
object man young: 193
object market at: 7
object market in: 5
object market open: 2
object market outdoor: 10
object market outside: 2
object market through: 2
object microwave and: 10
object microwave black: 2
object microwave is: 2
object microwave of: 8
object microwave red: 2
object microwave to: 3
object microwave two: 2
object microwave white: 2
object microwave with: 5
object milk and: 2
object milk of: 7
object milk with: 2
object mirror and: 6
object mirror big: 3
object mirror by: 2
object mirror in: 36
object mirror into: 3
object mirror large: 3
object mirror near: 2
object mirror of: 14
object mirror through: 2
object mirror to: 3
object mirror with: 3
object monitor and: 17
object monitor laptop: 2
object monitor of: 6
object monitor three: 2
object monitor to: 2
object monitor two: 19
object monitor with: 12
object monkey and: 3
object motorcycle and: 14
object motorcycle around: 2
object motorcycle at: 4
object motorcycle beside: 2
object motorcycle black: 9
object motorcycle blue: 10
object motorcycle driving: 3
object motorcycle green: 7
object motorcycle in: 4
object motorcycle large: 2
object motorcycle many: 5
object motorcycle near: 4
object motorcycle new: 2
object motorcycle of: 61
object motorcycle on: 61
object motorcycle red: 15
object motorcycle riding: 36
object motorcycle several: 5
object motorcycle silver: 3
object motorcycle small: 2
object motorcycle to: 7
object motorcycle two: 5
object motorcycle white: 5
object motorcycle with: 10
object motorcycle yellow: 5
object mountain and: 6
object mountain at: 2
object mountain below: 2
object mountain big: 4
object mountain by: 12
object mountain down: 47
object mountain grassy: 8
object mountain green: 5
object mountain in: 10
object mountain large: 4
object mountain near: 8
object mountain of: 40
object mountain on: 37
object mountain over: 6
object mountain snowy: 57
object mountain to: 7
object mountain two: 2
object mountain up: 8
object mountain with: 19
object mouse and: 26
object mouse to: 4
object mouse white: 3
object mouse with: 8
object muffin and: 3
object newspaper of: 2
object newspaper reading: 2
object newspaper to: 2
object ocean along: 3
object ocean and: 2
object ocean at: 9
object ocean blue: 4
object ocean by: 6
object ocean from: 2
object ocean in: 97
object ocean into: 7
object ocean near: 17
object ocean of: 15
object ocean on: 14
object ocean open: 3
object ocean over: 11
object ocean overlooking: 2
object ocean riding: 2
object ocean to: 17
object ocean watching: 2
object ocean with: 4
object office in: 18
object office inside: 2
object office large: 3
object office on: 2
object office with: 4
object onion and: 4
object onion of: 4
object onion with: 3
object orange and: 21
object orange five: 2
object orange has: 2
object orange holding: 2
object orange in: 5
object orange large: 3
object orange of: 37
object orange sliced: 4
object orange to: 2
object orange whole: 2
object orange with: 12
object oven and: 11
object oven at: 6
object oven black: 3
object oven by: 6
object oven has: 3
object oven in: 25
object oven inside: 2
object oven into: 4
object oven of: 25
object oven old: 3
object oven on: 23
object oven open: 4
object oven opening: 2
object oven outdoor: 2
object oven silver: 3
object oven small: 2
object oven steel: 3
object oven to: 6
object oven two: 4
object oven white: 9
object oven with: 19
object owl two: 2
object pan and: 6
object pan holding: 2
object pan in: 5
object pan metal: 3
object pan of: 5
object pan on: 9
object pan silver: 3
object pan to: 2
object pan with: 2
object park around: 2
object park at: 15
object park empty: 3
object park green: 7
object park in: 72
object park is: 2
object park large: 2
object park metal: 4
object park near: 5
object park of: 19
object park on: 36
object park open: 2
object park through: 4
object park to: 2
object park under: 2
object park wooden: 4
object parking meter many: 2
object parking meter of: 10
object parking meter on: 4
object parking meter to: 5
object parking meter two: 3
object parking meter with: 3
object parking meter yellow: 2
object parrot two: 3
object pasta and: 6
object pasta of: 5
object pear and: 5
object pear of: 2
object pepper and: 5
object pepper green: 2
object pepper red: 2
object piano and: 3
object pie and: 2
object pie in: 2
object pie of: 6
object pie with: 3
object pig of: 2
object pigeon by: 4
object pigeon three: 2
object pillow and: 11
object pillow brown: 2
object pillow of: 4
object pillow on: 5
object pillow three: 2
object pillow white: 4
object pillow with: 6
object pineapple and: 3
object pineapple of: 3
object pitcher and: 2
object pitcher while: 2
object pizza and: 7
object pizza at: 3
object pizza baked: 2
object pizza big: 3
object pizza cut: 3
object pizza cuts: 2
object pizza different: 2
object pizza eating: 4
object pizza eats: 2
object pizza fresh: 4
object pizza from: 5
object pizza full: 2
object pizza giant: 4
object pizza holding: 8
object pizza in: 2
object pizza is: 5
object pizza large: 24
object pizza making: 2
object pizza many: 2
object pizza of: 138
object pizza on: 8
object pizza open: 2
object pizza over: 4
object pizza sliced: 3
object pizza small: 12
object pizza square: 2
object pizza taking: 2
object pizza three: 2
object pizza to: 2
object pizza two: 13
object pizza up: 2
object pizza whole: 4
object pizza with: 30
object plate and: 19
object plate at: 10
object plate black: 5
object plate blue: 13
object plate eating: 4
object plate empty: 6
object plate from: 11
object plate glass: 3
object plate green: 3
object plate has: 3
object plate holding: 20
object plate in: 3
object plate is: 4
object plate large: 3
object plate making: 2
object plate many: 4
object plate near: 3
object plate of: 45
object plate on: 208
object plate oval: 2
object plate over: 2
object plate paper: 17
object plate plastic: 2
object plate red: 7
object plate round: 5
object plate several: 6
object plate silver: 2
object plate small: 8
object plate square: 5
object plate three: 3
object plate to: 9
object plate two: 23
object plate up: 2
object plate various: 2
object plate white: 122
object plate with: 45
object plate yellow: 2
object polar bear large: 2
object polar bear of: 2
object polar bear white: 5
object pole against: 2
object pole and: 2
object pole black: 5
object pole blue: 2
object pole green: 2
object pole holding: 3
object pole metal: 12
object pole of: 17
object pole on: 40
object pole over: 3
object pole to: 15
object pole two: 2
object pole white: 3
object pole with: 2
object pole wooden: 8
object pot and: 3
object pot big: 2
object pot from: 2
object pot in: 3
object pot of: 4
object pot two: 2
object pot with: 3
object potato and: 12
object potato of: 2
object potato with: 5
object rabbit stuffed: 2
object refrigerator and: 14
object refrigerator big: 4
object refrigerator black: 5
object refrigerator blue: 2
object refrigerator empty: 2
object refrigerator has: 2
object refrigerator in: 7
object refrigerator inside: 5
object refrigerator into: 3
object refrigerator large: 2
object refrigerator metallic: 7
object refrigerator mini: 2
object refrigerator of: 20
object refrigerator old: 6
object refrigerator on: 3
object refrigerator open: 16
object refrigerator silver: 3
object refrigerator small: 4
object refrigerator stainless: 2
object refrigerator steel: 6
object refrigerator two: 2
object refrigerator vintage: 2
object refrigerator white: 14
object refrigerator with: 12
object remote and: 3
object remote holding: 6
object remote of: 3
object remote three: 2
object remote to: 7
object remote two: 5
object remote with: 29
object restaurant at: 29
object restaurant crowded: 2
object restaurant in: 35
object restaurant of: 12
object restaurant outdoor: 3
object restaurant outside: 3
object restaurant to: 2
object rhinoceros and: 2
object rice and: 6
object rice of: 8
object rice white: 5
object rice with: 8
object river along: 10
object river by: 8
object river crossing: 6
object river down: 7
object river from: 2
object river in: 22
object river near: 10
object river of: 16
object river on: 10
object river shallow: 3
object river through: 2
object river to: 7
object rug and: 3
object rug on: 7
object rug with: 2
object runway down: 2
object runway from: 5
object runway on: 49
object sailboat on: 2
object sailboat several: 2
object sailboat small: 2
object salad and: 13
object salad green: 3
object salad large: 2
object salad of: 2
object salad to: 2
object salad with: 10
object sand along: 3
object sand in: 44
object sand of: 2
object sand on: 23
object sand over: 2
object sand with: 2
object sandwich and: 11
object sandwich big: 2
object sandwich eating: 5
object sandwich has: 5
object sandwich holding: 6
object sandwich in: 2
object sandwich of: 25
object sandwich preparing: 2
object sandwich tall: 2
object sandwich two: 10
object sandwich with: 19
object scarf and: 2
object scarf wearing: 2
object school for: 2
object school in: 3
object school of: 5
object school old: 3
object school yellow: 4
object scooter and: 5
object scooter of: 3
object scooter on: 7
object scooter riding: 2
object scooter with: 2
object seagull of: 2
object seagull two: 3
object shelf and: 6
object shelf of: 5
object shelf on: 20
object shelf three: 2
object shelf with: 3
object shelf wooden: 5
object shirt and: 5
object shirt black: 21
object shirt blue: 26
object shirt brown: 4
object shirt checked: 2
object shirt gray: 3
object shirt green: 16
object shirt grey: 3
object shirt in: 11
object shirt orange: 8
object shirt pink: 7
object shirt plaid: 2
object shirt purple: 2
object shirt red: 22
object shirt striped: 5
object shirt wearing: 6
object shirt white: 38
object shirt with: 4
object shirt without: 3
object shirt yellow: 8
object shoe and: 2
object shoe no: 2
object shoe of: 13
object shoe pink: 3
object shoe white: 2
object shoe with: 6
object shower to: 3
object sidewalk along: 8
object sidewalk and: 2
object sidewalk brick: 2
object sidewalk down: 18
object sidewalk near: 7
object sidewalk of: 12
object sidewalk on: 140
object sidewalk paved: 2
object sidewalk to: 12
object sidewalk with: 3
object sink above: 5
object sink and: 53
object sink big: 3
object sink circular: 2
object sink clean: 2
object sink from: 4
object sink glass: 2
object sink has: 2
object sink in: 8
object sink is: 2
object sink near: 3
object sink of: 11
object sink on: 5
object sink small: 4
object sink square: 3
object sink three: 3
object sink to: 13
object sink toilet: 2
object sink two: 12
object sink white: 15
object sink with: 54
object skateboard above: 2
object skateboard and: 3
object skateboard at: 2
object skateboard doing: 8
object skateboard holding: 4
object skateboard in: 2
object skateboard jumping: 4
object skateboard like: 3
object skateboard of: 13
object skateboard on: 179
object skateboard onto: 2
object skateboard ride: 4
object skateboard rides: 4
object skateboard riding: 75
object skateboard with: 28
object skateboarder male: 10
object skateboarder of: 4
object skateboarder two: 3
object skateboarder young: 9
object ski and: 7
object ski at: 2
object ski country: 4
object ski down: 3
object ski for: 2
object ski in: 17
object ski of: 13
object ski on: 107
object ski two: 2
object ski with: 33
object skier country: 11
object skier female: 3
object skier male: 3
object skier many: 2
object skier of: 13
object skier several: 3
object skier smiling: 2
object skier three: 3
object skier two: 8
object skier with: 2
object snow across: 8
object snow along: 2
object snow and: 5
object snow around: 2
object snow at: 2
object snow black: 2
object snow by: 2
object snow down: 28
object snow during: 3
object snow in: 127
object snow into: 2
object snow jumping: 5
object snow of: 35
object snow on: 56
object snow over: 3
object snow riding: 6
object snow three: 2
object snow through: 11
object snow to: 3
object snow two: 2
object snow up: 3
object snow white: 2
object snow with: 17
object snowboard and: 4
object snowboard on: 25
object snowboard riding: 14
object snowboard with: 10
object snowboarder and: 2
object snowboarder is: 2
object snowboarder of: 2
object snowboarder two: 3
object soccer ball after: 5
object soccer ball kick: 9
object soccer ball kicking: 11
object soccer ball of: 2
object soccer ball on: 3
object soccer ball two: 4
object soccer ball with: 6
object soccer player of: 2
object soda and: 6
object soda of: 5
object soup and: 2
object soup in: 2
object soup of: 10
object soup with: 4
object spoon and: 11
object spoon holding: 3
object spoon of: 2
object spoon to: 3
object spoon with: 11
object spoon wooden: 4
object station at: 25
object station from: 2
object station in: 8
object station into: 10
object station near: 2
object station of: 4
object station through: 2
object station to: 5
object statue and: 2
object statue large: 2
object statue metal: 2
object statue of: 2
object statue on: 5
object statue with: 8
object stool and: 2
object stool on: 6
object stop sign above: 2
object stop sign and: 3
object stop sign at: 3
object stop sign behind: 3
object stop sign by: 2
object stop sign is: 5
object stop sign large: 2
object stop sign near: 2
object stop sign of: 17
object stop sign red: 26
object stop sign to: 2
object stop sign with: 3
object store and: 4
object store at: 5
object store from: 2
object store in: 18
object store of: 17
object store outside: 5
object store past: 3
object store small: 2
object store with: 3
object strawberry and: 11
object strawberry of: 4
object strawberry two: 3
object strawberry with: 5
object street above: 4
object street across: 18
object street along: 17
object street alongside: 2
object street and: 5
object street at: 5
object street beside: 3
object street black: 2
object street brick: 2
object street busy: 39
object street by: 19
object street country: 7
object street cross: 8
object street crosses: 2
object street crossing: 22
object street crowd: 2
object street crowded: 5
object street dark: 5
object street down: 170
object street empty: 16
object street from: 5
object street green: 3
object street in: 62
object street line: 2
object street long: 3
object street narrow: 9
object street near: 13
object street of: 193
object street off: 2
object street on: 283
object street onto: 2
object street open: 2
object street over: 16
object street paved: 6
object street quiet: 2
object street rural: 5
object street showing: 2
object street sign and: 13
object street sign as: 2
object street sign by: 2
object street sign green: 12
object street sign has: 3
object street sign is: 5
object street sign lit: 2
object street sign near: 2
object street sign of: 19
object street sign on: 2
object street sign several: 3
object street sign to: 8
object street sign two: 11
object street sign various: 2
object street sign white: 7
object street sign with: 10
object street small: 4
object street snowy: 5
object street through: 7
object street to: 38
object street two: 3
object street up: 3
object street urban: 4
object street wet: 7
object street with: 5
object stuffed animal big: 2
object stuffed animal four: 2
object stuffed animal holding: 4
object stuffed animal is: 2
object stuffed animal large: 2
object stuffed animal of: 14
object stuffed animal three: 5
object stuffed animal two: 13
object stuffed animal with: 3
object suitcase and: 3
object suitcase black: 7
object suitcase blue: 3
object suitcase carrying: 2
object suitcase grey: 2
object suitcase holding: 2
object suitcase in: 5
object suitcase of: 13
object suitcase open: 6
object suitcase several: 3
object suitcase to: 2
object suitcase under: 2
object suitcase vintage: 2
object suitcase with: 9
object surfboard and: 5
object surfboard biting: 2
object surfboard blue: 3
object surfboard carries: 2
object surfboard carrying: 7
object surfboard holding: 16
object surfboard many: 2
object surfboard near: 2
object surfboard of: 27
object surfboard on: 128
object surfboard red: 2
object surfboard riding: 22
object surfboard to: 6
object surfboard two: 2
object surfboard white: 6
object surfboard with: 30
object surfboard yellow: 6
object surfer female: 2
object surfer is: 3
object surfer male: 7
object surfer of: 9
object surfer on: 2
object surfer two: 15
object surfer young: 3
object sushi with: 3
object swan black: 2
object swan of: 2
object swan white: 4
object sweater orange: 2
object table across: 2
object table and: 29
object table around: 37
object table at: 205
object table behind: 7
object table big: 3
object table black: 2
object table blue: 8
object table brown: 5
object table by: 8
object table couch: 2
object table empty: 2
object table from: 3
object table glass: 9
object table has: 2
object table is: 2
object table large: 6
object table little: 2
object table long: 22
object table marble: 2
object table near: 9
object table of: 65
object table on: 414
object table outdoor: 5
object table oval: 2
object table over: 4
object table red: 5
object table sitting: 2
object table small: 15
object table to: 12
object table under: 3
object table white: 9
object table with: 15
object table wood: 9
object table wooden: 88
object tea of: 3
object tea with: 4
object teddy bear and: 3
object teddy bear at: 3
object teddy bear big: 2
object teddy bear brown: 15
object teddy bear has: 3
object teddy bear holding: 6
object teddy bear large: 5
object teddy bear little: 3
object teddy bear of: 12
object teddy bear small: 5
object teddy bear stuffed: 22
object teddy bear tan: 2
object teddy bear three: 10
object teddy bear to: 4
object teddy bear two: 13
object teddy bear white: 10
object teddy bear with: 16
object tennis ball and: 2
object tennis ball at: 24
object tennis ball bouncing: 2
object tennis ball for: 2
object tennis ball hit: 28
object tennis ball hits: 6
object tennis ball hitting: 18
object tennis ball returning: 2
object tennis ball serve: 7
object tennis ball serves: 2
object tennis ball serving: 8
object tennis ball throwing: 2
object tennis ball throws: 3
object tennis ball to: 2
object tennis ball tossing: 2
object tennis ball towards: 2
object tennis player female: 14
object tennis player male: 31
object tennis player of: 3
object tennis player two: 12
object tennis racket and: 3
object tennis racket holding: 56
object tennis racket holds: 6
object tennis racket of: 2
object tennis racket on: 2
object tennis racket swing: 5
object tennis racket swinging: 36
object tennis racket swings: 4
object tennis racket up: 6
object tennis racket with: 76
object tennis racket yellow: 2
object tent green: 3
object tent of: 2
object tent under: 4
object tent white: 2
object tie and: 52
object tie black: 3
object tie blue: 4
object tie colorful: 2
object tie green: 4
object tie in: 8
object tie on: 2
object tie orange: 2
object tie pink: 2
object tie red: 8
object tie striped: 2
object tie tying: 2
object tie wearing: 15
object tie with: 11
object toaster and: 3
object toilet and: 14
object toilet beside: 2
object toilet black: 2
object toilet blue: 3
object toilet broken: 3
object toilet closed: 2
object toilet empty: 2
object toilet flushing: 2
object toilet from: 2
object toilet in: 2
object toilet into: 3
object toilet of: 30
object toilet old: 4
object toilet on: 26
object toilet open: 3
object toilet over: 3
object toilet red: 2
object toilet small: 2
object toilet to: 11
object toilet two: 4
object toilet white: 40
object toilet with: 12
object tomato and: 13
object tomato of: 11
object tomato with: 6
object towel and: 8
object towel blue: 2
object towel in: 3
object towel paper: 4
object towel two: 3
object towel wearing: 2
object towel white: 2
object towel with: 9
object tower brick: 3
object tower domed: 2
object tower has: 2
object tower large: 4
object tower of: 5
object tower on: 2
object tower small: 2
object tower stone: 2
object tower tall: 8
object tower with: 6
object traffic light and: 12
object traffic light at: 8
object traffic light green: 7
object traffic light near: 2
object traffic light of: 4
object traffic light on: 2
object traffic light red: 6
object traffic light to: 5
object traffic light with: 13
object train along: 2
object train and: 7
object train around: 2
object train as: 4
object train at: 24
object train beside: 3
object train big: 2
object train black: 15
object train blue: 15
object train brown: 3
object train by: 3
object train colorful: 6
object train down: 8
object train empty: 2
object train for: 10
object train from: 4
object train gray: 3
object train green: 10
object train in: 18
object train indoor: 3
object train inside: 2
object train into: 6
object train is: 6
object train large: 2
object train like: 3
object train long: 23
object train many: 3
object train near: 9
object train of: 50
object train old: 6
object train on: 59
object train orange: 13
object train purple: 2
object train red: 20
object train silver: 5
object train small: 11
object train through: 3
object train to: 13
object train towards: 2
object train two: 10
object train while: 2
object train white: 22
object train with: 12
object train yellow: 26
object tram and: 2
object tram of: 2
object tram off: 2
object tram pulling: 3
object tram red: 2
object tray gray: 2
object tray holding: 2
object tray in: 4
object tray large: 2
object tray metal: 3
object tray of: 2
object tray on: 22
object tray over: 2
object tray red: 3
object tray two: 2
object tray white: 4
object tray with: 6
object tree above: 4
object tree against: 4
object tree and: 40
object tree behind: 3
object tree beneath: 2
object tree beside: 2
object tree by: 36
object tree from: 11
object tree grassy: 2
object tree green: 7
object tree in: 23
object tree large: 6
object tree many: 5
object tree near: 40
object tree of: 59
object tree on: 41
object tree over: 5
object tree several: 4
object tree small: 2
object tree snowy: 2
object tree tall: 10
object tree through: 3
object tree to: 41
object tree under: 17
object tree underneath: 4
object tree with: 64
object truck and: 11
object truck antique: 2
object truck behind: 2
object truck big: 4
object truck blue: 8
object truck by: 2
object truck colorful: 2
object truck green: 5
object truck in: 9
object truck is: 2
object truck large: 7
object truck many: 2
object truck of: 32
object truck old: 6
object truck on: 2
object truck red: 11
object truck silver: 2
object truck tiny: 2
object truck to: 7
object truck two: 2
object truck white: 13
object truck with: 4
object truck yellow: 9
object tv and: 32
object tv at: 7
object tv for: 2
object tv has: 3
object tv holding: 2
object tv in: 2
object tv large: 6
object tv near: 3
object tv of: 15
object tv old: 4
object tv on: 15
object tv small: 5
object tv to: 2
object tv two: 3
object tv watching: 3
object tv with: 19
object vase and: 5
object vase beside: 2
object vase blue: 2
object vase brown: 2
object vase clear: 10
object vase different: 2
object vase four: 2
object vase glass: 19
object vase has: 2
object vase in: 18
object vase inside: 2
object vase large: 4
object vase many: 2
object vase of: 3
object vase small: 5
object vase three: 3
object vase to: 4
object vase two: 3
object vase white: 10
object vase with: 8
object vase wooden: 2
object vest in: 4
object vest yellow: 2
object wall against: 18
object wall along: 3
object wall and: 8
object wall blue: 6
object wall brick: 19
object wall brown: 2
object wall by: 3
object wall cement: 3
object wall colorful: 2
object wall concrete: 2
object wall decorated: 2
object wall from: 3
object wall green: 3
object wall in: 4
object wall into: 3
object wall large: 2
object wall near: 6
object wall of: 17
object wall on: 78
object wall orange: 5
object wall over: 2
object wall painted: 3
object wall pink: 2
object wall purple: 2
object wall red: 11
object wall rock: 11
object wall stone: 10
object wall tan: 2
object wall to: 25
object wall up: 2
object wall white: 15
object wall with: 9
object wall wooden: 2
object wall yellow: 4
object water above: 3
object water across: 3
object water and: 10
object water at: 4
object water beside: 3
object water blue: 11
object water by: 25
object water from: 6
object water in: 173
object water into: 4
object water near: 35
object water of: 140
object water on: 39
object water open: 4
object water or: 2
object water over: 15
object water shallow: 6
object water through: 9
object water to: 12
object water with: 22
object window and: 15
object window behind: 3
object window beside: 3
object window big: 2
object window by: 14
object window from: 2
object window glass: 9
object window in: 32
object window into: 2
object window large: 16
object window many: 2
object window near: 12
object window of: 37
object window on: 14
object window open: 5
object window out: 20
object window outside: 5
object window several: 2
object window sunny: 4
object window three: 2
object window through: 15
object window to: 17
object window two: 7
object window under: 2
object window with: 18
object wine and: 8
object wine at: 4
object wine empty: 2
object wine having: 2
object wine holding: 2
object wine of: 40
object wine red: 3
object wine three: 3
object wine to: 2
object wine two: 2
object wine white: 3
object wine with: 9
object woman and: 22
object woman as: 4
object woman black: 4
object woman blonde: 3
object woman by: 5
object woman elderly: 7
object woman five: 2
object woman four: 2
object woman helping: 2
object woman is: 21
object woman of: 69
object woman old: 7
object woman one: 5
object woman several: 2
object woman smiling: 7
object woman three: 14
object woman to: 16
object woman two: 106
object woman watching: 2
object woman while: 6
object woman white: 2
object woman with: 16
object woman young: 84
object zebra and: 11
object zebra few: 4
object zebra four: 7
object zebra holding: 2
object zebra large: 2
object zebra many: 2
object zebra of: 101
object zebra several: 10
object zebra three: 37
object zebra to: 3
object zebra two: 65
object zebra various: 2
object zebra while: 3
object zebra white: 2
object zebra with: 3
object zebra young: 2
object zoo at: 46
object zoo in: 34
object zoo of: 4
ocean: 234
office: 60
old: 293
on: 6838
on its back: 10
on the side: 39
on the side of: 253
one: 20474
onion: 23
open: 233
orange: 360
out of: 104
outdoor: 116
outside: 271
oval: 7
oven: 203
overhead view of: 9
owl: 3
painted: 54
pan: 54
panda: 10
paper: 66
parallel to: 1
park: 217
parking meter: 78
parrot: 3
pasta: 20
paved: 13
peach: 3
pear: 14
pepper: 15
pets: 5
petting: 14
piano: 6
pie: 23
pig: 8
pigeon: 13
pillow: 43
pineapple: 14
pink: 110
pitcher: 25
pizza: 440
plastic: 55
plate: 858
polar bear: 40
pole: 144
police officer: 12
polka-dot: 2
poodle: 3
pot: 38
potato: 32
pulling: 39
pulls: 7
purple: 62
pushes: 1
pushing: 8
rabbit: 4
rainy: 14
raw: 5
real: 4
rear view of: 4
rectangular: 3
red: 574
refrigerator: 193
remote: 81
renovated: 3
restaurant: 103
rhinoceros: 2
rice: 37
rides: 40
riding: 421
right: 9
right of: 1
ripe: 13
river: 121
roasted: 1
rocky: 23
round: 31
rubber: 4
rug: 17
run down: 14
running: 111
runs: 11
runway: 69
rural: 49
sad: 5
sailboat: 13
salad: 54
sand: 85
sandwich: 163
sandy: 51
scarf: 6
school: 42
scooter: 23
seagull: 11
seven: 3
shallow: 14
shelf: 61
shirt: 206
shoe: 44
short: 25
shower: 14
side view of: 4
sidewalk: 229
silver: 63
sink: 283
sits: 188
sitting: 1248
six: 17
skateboard: 359
skateboarder: 100
ski: 212
skier: 136
sliced: 81
small: 1085
smaller: 17
smiling: 126
snow: 365
snowboard: 62
snowboarder: 23
snowy: 239
soccer ball: 53
soccer player: 13
soda: 16
soldier: 3
solid: 7
soup: 20
spatial above bar: 2
spatial above bay: 2
spatial above beach: 6
spatial above big: 2
spatial above blue: 2
spatial above body: 4
spatial above box: 2
spatial above bride: 2
spatial above bridge: 9
spatial above brief: 2
spatial above building: 3
spatial above busy: 2
spatial above cake: 2
spatial above city: 15
spatial above cone: 3
spatial above dirty: 2
spatial above door: 2
spatial above eyes: 2
spatial above face: 3
spatial above fence: 14
spatial above field: 2
spatial above green: 3
spatial above half: 2
spatial above harbor: 2
spatial above head: 11
spatial above heads: 2
spatial above hills: 2
spatial above hurdle: 3
spatial above it: 34
spatial above keyboard: 2
spatial above lake: 4
spatial above laptop: 3
spatial above large: 4
spatial above looking: 2
spatial above lush: 2
spatial above metal: 2
spatial above mountain: 2
spatial above net: 3
spatial above obstacle: 6
spatial above ocean: 11
spatial above open: 2
spatial above pizza: 2
spatial above plate: 3
spatial above pole: 2
spatial above rail: 4
spatial above railing: 3
spatial above ramp: 2
spatial above road: 7
spatial above sand: 3
spatial above sandy: 3
spatial above several: 2
spatial above short: 2
spatial above shoulder: 5
spatial above sink: 6
spatial above skateboard: 3
spatial above small: 2
spatial above snow: 3
spatial above steps: 2
spatial above stop: 2
spatial above street: 10
spatial above table: 4
spatial above tall: 3
spatial above tennis: 2
spatial above them: 10
spatial above toilet: 7
spatial above trash: 2
spatial above tray: 3
spatial above trees: 6
spatial above wall: 2
spatial above wooden: 6
spatial around bend: 2
spatial around blue: 2
spatial around box: 2
spatial around cake: 2
spatial around chocolate: 2
spatial around corner: 3
spatial around curb: 2
spatial around curve: 3
spatial around dining: 2
spatial around field: 2
spatial around fire: 2
spatial around flag: 2
spatial around giraffe: 2
spatial around head: 2
spatial around herd: 3
spatial around him: 3
spatial around it: 29
spatial around large: 4
spatial around long: 6
spatial around neck: 4
spatial around other: 4
spatial around park: 2
spatial around person: 2
spatial around picnic: 2
spatial around room: 2
spatial around side: 2
spatial around small: 5
spatial around snow: 2
spatial around table: 36
spatial around them: 5
spatial around track: 2
spatial around train: 2
spatial around two: 2
spatial around wooden: 3
spatial at the back of boat: 3
spatial at the back of brown: 5
spatial at the back of cow: 2
spatial at the back of dump: 2
spatial at the back of elephant: 6
spatial at the back of horse: 4
spatial at the back of horses: 2
spatial at the back of it: 5
spatial at the back of motorcycle: 8
spatial at the back of park: 2
spatial at the back of pickup: 2
spatial at the back of sofa: 2
spatial at the back of toilet: 2
spatial at the back of truck: 12
spatial at the front of it: 5
spatial attached to brick: 2
spatial attached to building: 2
spatial attached to dock: 2
spatial attached to fire: 3
spatial attached to horse: 2
spatial attached to it: 14
spatial attached to other: 2
spatial attached to pole: 6
spatial attached to post: 3
spatial attached to wall: 3
spatial attached to wooden: 2
spatial behind barbed: 2
spatial behind barrier: 2
spatial behind baseball: 2
spatial behind batter: 2
spatial behind building: 2
spatial behind bus: 2
spatial behind camera: 2
spatial behind chain: 3
spatial behind counter: 8
spatial behind curtain: 3
spatial behind dog: 5
spatial behind fence: 23
spatial behind fenced: 2
spatial behind fences: 2
spatial behind glass: 13
spatial behind grassy: 2
spatial behind green: 2
spatial behind group: 2
spatial behind him: 32
spatial behind it: 38
spatial behind large: 5
spatial behind long: 2
spatial behind man: 2
spatial behind metal: 2
spatial behind other: 2
spatial behind pair: 2
spatial behind red: 2
spatial behind rock: 2
spatial behind stop: 3
spatial behind table: 7
spatial behind them: 18
spatial behind tree: 2
spatial behind truck: 2
spatial behind two: 6
spatial behind white: 2
spatial behind window: 3
spatial behind wire: 6
spatial behind wooden: 3
spatial below it: 4
spatial below mountain: 2
spatial below tall: 2
spatial between fingers: 3
spatial between legs: 2
spatial between two: 29
spatial contains six: 2
spatial contains toilet: 2
spatial contains various: 2
spatial down busy: 4
spatial down cement: 2
spatial down hill: 28
spatial down it: 2
spatial down metal: 2
spatial down mountain: 17
spatial down narrow: 3
spatial down rail: 4
spatial down rain: 2
spatial down ramp: 9
spatial down ski: 3
spatial down slope: 22
spatial down slopes: 2
spatial down small: 6
spatial down snow: 28
spatial down snowy: 34
spatial down stairs: 3
spatial down steep: 3
spatial down wet: 2
spatial facing away from camera: 2
spatial facing camera: 2
spatial facing other: 8
spatial in front of airplane: 2
spatial in front of audience: 2
spatial in front of bar: 2
spatial in front of bathroom: 3
spatial in front of bench: 3
spatial in front of big: 5
spatial in front of blue: 3
spatial in front of boat: 2
spatial in front of book: 2
spatial in front of bookshelf: 2
spatial in front of bowl: 2
spatial in front of box: 2
spatial in front of brick: 10
spatial in front of building: 55
spatial in front of buildings: 5
spatial in front of bus: 3
spatial in front of business: 2
spatial in front of cake: 3
spatial in front of camera: 9
spatial in front of car: 4
spatial in front of cars: 4
spatial in front of christmas: 5
spatial in front of church: 2
spatial in front of clock: 2
spatial in front of colorful: 4
spatial in front of computer: 12
spatial in front of couch: 5
spatial in front of cow: 3
spatial in front of crowd: 8
spatial in front of door: 4
spatial in front of elephant: 3
spatial in front of empty: 2
spatial in front of face: 3
spatial in front of fan: 2
spatial in front of fence: 9
spatial in front of few: 3
spatial in front of flat: 7
spatial in front of food: 2
spatial in front of fruit: 4
spatial in front of garage: 2
spatial in front of giant: 2
spatial in front of graffiti: 2
spatial in front of green: 3
spatial in front of group: 8
spatial in front of him: 11
spatial in front of hotel: 2
spatial in front of house: 10
spatial in front of houses: 2
spatial in front of huge: 3
spatial in front of it: 13
spatial in front of keyboard: 2
spatial in front of laptop: 27
spatial in front of large: 16
spatial in front of man: 3
spatial in front of many: 2
spatial in front of map: 2
spatial in front of microphone: 2
spatial in front of mirror: 13
spatial in front of monitor: 3
spatial in front of motorcycle: 4
spatial in front of mountain: 3
spatial in front of mural: 2
spatial in front of ocean: 4
spatial in front of old: 6
spatial in front of open: 8
spatial in front of outdoor: 2
spatial in front of palm: 2
spatial in front of parking: 2
spatial in front of pile: 2
spatial in front of pizza: 2
spatial in front of plate: 5
spatial in front of red: 5
spatial in front of refrigerator: 9
spatial in front of restaurant: 4
spatial in front of several: 4
spatial in front of sign: 5
spatial in front of skyscraper: 4
spatial in front of spectators: 3
spatial in front of stone: 3
spatial in front of stop: 3
spatial in front of store: 6
spatial in front of table: 6
spatial in front of tall: 12
spatial in front of taxi: 2
spatial in front of television: 8
spatial in front of tent: 2
spatial in front of them: 2
spatial in front of toilet: 3
spatial in front of traffic: 2
spatial in front of train: 3
spatial in front of tree: 4
spatial in front of trees: 8
spatial in front of tv: 12
spatial in front of two: 7
spatial in front of wall: 7
spatial in front of water: 4
spatial in front of white: 6
spatial in front of window: 8
spatial in front of windows: 2
spatial in front of wine: 2
spatial in front of woman: 3
spatial in front of wooden: 5
spatial in front of yellow: 3
spatial in the middle of beach: 3
spatial in the middle of busy: 3
spatial in the middle of city: 10
spatial in the middle of empty: 3
spatial in the middle of field: 7
spatial in the middle of forest: 2
spatial in the middle of grass: 3
spatial in the middle of grassy: 2
spatial in the middle of group: 2
spatial in the middle of intersection: 2
spatial in the middle of it: 3
spatial in the middle of lake: 2
spatial in the middle of large: 2
spatial in the middle of lush: 3
spatial in the middle of ocean: 3
spatial in the middle of park: 5
spatial in the middle of plaza: 2
spatial in the middle of road: 6
spatial in the middle of room: 2
spatial in the middle of street: 13
spatial in the middle of table: 2
spatial in the middle of town: 2
spatial in the middle of water: 2
spatial in the middle of woods: 2
spatial inside airplane: 5
spatial inside airport: 16
spatial inside and: 3
spatial inside apartment: 2
spatial inside aquarium: 2
spatial inside area: 12
spatial inside arms: 6
spatial inside asian: 4
spatial inside audience: 2
spatial inside back: 5
spatial inside backseat: 2
spatial inside backyard: 11
spatial inside bag: 2
spatial inside bakery: 4
spatial inside banana: 2
spatial inside banquet: 2
spatial inside barn: 10
spatial inside baseball: 24
spatial inside basket: 7
spatial inside bath: 5
spatial inside bathroom: 128
spatial inside bathtub: 2
spatial inside batting: 2
spatial inside bay: 4
spatial inside bed: 31
spatial inside bedroom: 25
spatial inside bench: 2
spatial inside big: 8
spatial inside bikini: 4
spatial inside black: 24
spatial inside blanket: 3
spatial inside blue: 16
spatial inside boat: 11
spatial inside body: 12
spatial inside bowl: 36
spatial inside box: 20
spatial inside brick: 2
spatial inside bright: 3
spatial inside brightly: 2
spatial inside brown: 4
spatial inside brush: 2
spatial inside building: 15
spatial inside bun: 5
spatial inside bunch: 3
spatial inside bus: 6
spatial inside bush: 2
spatial inside bushes: 2
spatial inside busy: 7
spatial inside cab: 2
spatial inside cafe: 3
spatial inside cafeteria: 2
spatial inside cage: 16
spatial inside car: 15
spatial inside cardboard: 3
spatial inside carriage: 2
spatial inside case: 4
spatial inside center: 2
spatial inside chair: 43
spatial inside circus: 2
spatial inside city: 75
spatial inside classroom: 5
spatial inside clear: 10
spatial inside close: 2
spatial inside cloud: 2
spatial inside cloudy: 4
spatial inside cluttered: 3
spatial inside coffee: 2
spatial inside commercial: 6
spatial inside computer: 3
spatial inside container: 3
spatial inside corner: 30
spatial inside corral: 5
spatial inside country: 2
spatial inside countryside: 2
spatial inside court: 2
spatial inside cow: 2
spatial inside cramped: 2
spatial inside crosswalk: 2
spatial inside crowd: 11
spatial inside crowded: 4
spatial inside cup: 4
spatial inside dark: 21
spatial inside daytime: 4
spatial inside deep: 3
spatial inside defensive: 3
spatial inside desert: 13
spatial inside dimly: 4
spatial inside diner: 2
spatial inside dining: 3
spatial inside dirt: 42
spatial inside dirty: 5
spatial inside dish: 3
spatial inside display: 6
spatial inside door: 3
spatial inside doorway: 3
spatial inside doughnut: 3
spatial inside driveway: 5
spatial inside dry: 7
spatial inside dugout: 5
spatial inside dumpster: 3
spatial inside dusty: 2
spatial inside ear: 2
spatial inside empty: 13
spatial inside enclosed: 7
spatial inside enclosure: 40
spatial inside exhibit: 2
spatial inside factory: 5
spatial inside fancy: 2
spatial inside fence: 6
spatial inside fenced: 23
spatial inside field: 269
spatial inside fog: 2
spatial inside food: 2
spatial inside foreign: 2
spatial inside forest: 25
spatial inside fridge: 3
spatial inside front: 5
spatial inside full: 2
spatial inside game: 4
spatial inside garage: 2
spatial inside garbage: 2
spatial inside garden: 13
spatial inside gated: 3
spatial inside glass: 12
spatial inside grass: 129
spatial inside grassy: 80
spatial inside gray: 3
spatial inside green: 34
spatial inside grocery: 4
spatial inside group: 4
spatial inside gym: 5
spatial inside habitat: 4
spatial inside half: 2
spatial inside hall: 2
spatial inside hallway: 4
spatial inside hammock: 3
spatial inside hand: 74
spatial inside handicapped: 2
spatial inside hands: 27
spatial inside hangar: 2
spatial inside hanger: 2
spatial inside harbor: 6
spatial inside hat: 10
spatial inside heat: 2
spatial inside heavy: 2
spatial inside helmet: 6
spatial inside hills: 2
spatial inside home: 9
spatial inside horse: 4
spatial inside hospital: 7
spatial inside hotel: 9
spatial inside house: 15
spatial inside indoor: 2
spatial inside intersection: 2
spatial inside is: 2
spatial inside it: 193
spatial inside jungle: 4
spatial inside kitchen: 142
spatial inside lake: 10
spatial inside lap: 3
spatial inside laptop: 2
spatial inside large: 45
spatial inside library: 2
spatial inside light: 2
spatial inside lighted: 2
spatial inside little: 2
spatial inside living: 95
spatial inside lobby: 3
spatial inside long: 2
spatial inside lot: 16
spatial inside low: 2
spatial inside lush: 4
spatial inside market: 5
spatial inside match: 2
spatial inside meadow: 5
spatial inside meeting: 2
spatial inside messy: 3
spatial inside metal: 3
spatial inside microwave: 6
spatial inside midst: 5
spatial inside mini: 2
spatial inside mirror: 42
spatial inside modern: 3
spatial inside motorcycle: 2
spatial inside mountains: 6
spatial inside mouth: 26
spatial inside moving: 2
spatial inside mud: 2
spatial inside museum: 2
spatial inside natural: 3
spatial inside neighborhood: 5
spatial inside neon: 2
spatial inside night: 3
spatial inside notebook: 2
spatial inside obstacle: 2
spatial inside ocean: 93
spatial inside odd: 2
spatial inside office: 17
spatial inside old: 9
spatial inside one: 8
spatial inside open: 53
spatial inside orange: 5
spatial inside other: 6
spatial inside otherwise: 2
spatial inside out: 2
spatial inside outdoor: 9
spatial inside outfield: 5
spatial inside oven: 28
spatial inside palm: 2
spatial inside pan: 5
spatial inside paper: 3
spatial inside parade: 3
spatial inside park: 71
spatial inside parka: 2
spatial inside parking: 75
spatial inside pasture: 18
spatial inside pen: 21
spatial inside person's: 2
spatial inside persons: 2
spatial inside pie: 2
spatial inside piece: 2
spatial inside pile: 4
spatial inside pin: 4
spatial inside pink: 7
spatial inside pizza: 2
spatial inside plain: 2
spatial inside plastic: 5
spatial inside plate: 2
spatial inside pockets: 3
spatial inside pond: 3
spatial inside pool: 5
spatial inside pot: 3
spatial inside process: 5
spatial inside professional: 4
spatial inside public: 10
spatial inside race: 3
spatial inside rack: 3
spatial inside rain: 34
spatial inside rear: 4
spatial inside red: 20
spatial inside reflection: 3
spatial inside refrigerator: 10
spatial inside residential: 4
spatial inside rest: 2
spatial inside restaurant: 33
spatial inside restroom: 9
spatial inside river: 22
spatial inside road: 7
spatial inside rock: 3
spatial inside rocky: 6
spatial inside room: 127
spatial inside round: 2
spatial inside rural: 11
spatial inside salon: 2
spatial inside sanctuary: 2
spatial inside sand: 39
spatial inside sandwich: 2
spatial inside sandy: 3
spatial inside scene: 2
spatial inside school: 2
spatial inside sea: 4
spatial inside seat: 2
spatial inside shade: 14
spatial inside shaded: 2
spatial inside shape: 4
spatial inside shop: 3
spatial inside shopping: 5
spatial inside short: 6
spatial inside show: 2
spatial inside shower: 3
spatial inside showroom: 2
spatial inside side: 3
spatial inside sign: 2
spatial inside silver: 3
spatial inside sink: 11
spatial inside sitting: 2
spatial inside skate: 10
spatial inside skateboard: 2
spatial inside skillet: 3
spatial inside skis: 3
spatial inside sled: 2
spatial inside small: 51
spatial inside snow: 119
spatial inside snowy: 7
spatial inside soup: 2
spatial inside sports: 2
spatial inside stable: 2
spatial inside stainless: 2
spatial inside stall: 6
spatial inside stands: 6
spatial inside station: 7
spatial inside stillness: 2
spatial inside store: 15
spatial inside stove: 2
spatial inside straw: 3
spatial inside street: 54
spatial inside subway: 4
spatial inside suit: 2
spatial inside suitcase: 5
spatial inside suite: 2
spatial inside sun: 24
spatial inside sunshine: 2
spatial inside surf: 2
spatial inside tall: 12
spatial inside tennis: 18
spatial inside them: 11
spatial inside tie: 6
spatial inside tiled: 4
spatial inside tiny: 2
spatial inside toilet: 2
spatial inside towel: 3
spatial inside town: 7
spatial inside traffic: 2
spatial inside train: 19
spatial inside tray: 4
spatial inside tree: 17
spatial inside trees: 5
spatial inside tropical: 4
spatial inside truck: 9
spatial inside tuxedo: 2
spatial inside two: 7
spatial inside underwear: 2
spatial inside urban: 3
spatial inside valley: 2
spatial inside vase: 17
spatial inside vehicle: 2
spatial inside very: 17
spatial inside video: 2
spatial inside wall: 5
spatial inside warehouse: 2
spatial inside water: 154
spatial inside wave: 5
spatial inside weeds: 2
spatial inside well: 2
spatial inside wet: 4
spatial inside wheel: 3
spatial inside wheelchair: 5
spatial inside white: 25
spatial inside wild: 22
spatial inside wilderness: 8
spatial inside wind: 2
spatial inside window: 28
spatial inside winter: 2
spatial inside wood: 2
spatial inside wooded: 12
spatial inside wooden: 12
spatial inside woods: 35
spatial inside world: 2
spatial inside wrapper: 2
spatial inside yard: 25
spatial inside yellow: 2
spatial inside zoo: 34
spatial into back: 4
spatial into bag: 2
spatial into ball: 2
spatial into base: 3
spatial into bathroom: 2
spatial into bowl: 2
spatial into box: 3
spatial into cake: 11
spatial into camera: 10
spatial into car: 2
spatial into computer: 2
spatial into doughnut: 2
spatial into home: 3
spatial into it: 2
spatial into laptop: 3
spatial into large: 3
spatial into microphone: 2
spatial into mirror: 3
spatial into ocean: 6
spatial into open: 2
spatial into oven: 4
spatial into piece: 4
spatial into pieces: 2
spatial into refrigerator: 2
spatial into six: 2
spatial into small: 3
spatial into snow: 2
spatial into station: 10
spatial into subway: 2
spatial into toilet: 3
spatial into trailer: 2
spatial into train: 6
spatial into two: 2
spatial into wall: 3
spatial into water: 4
spatial into wedding: 2
spatial into white: 2
spatial into window: 2
spatial near airport: 2
spatial near baby: 2
spatial near barbed: 2
spatial near beach: 16
spatial near bench: 4
spatial near bicycle: 4
spatial near big: 7
spatial near bike: 2
spatial near birds: 2
spatial near blue: 2
spatial near boat: 6
spatial near body: 17
spatial near bowl: 3
spatial near brick: 8
spatial near bridge: 4
spatial near bright: 2
spatial near building: 37
spatial near buildings: 7
spatial near bunch: 5
spatial near bus: 6
spatial near bush: 2
spatial near bushes: 4
spatial near busy: 2
spatial near cake: 4
spatial near camera: 2
spatial near car: 4
spatial near ceiling: 2
spatial near cell: 2
spatial near city: 6
spatial near clock: 3
spatial near computer: 4
spatial near crowd: 5
spatial near curb: 14
spatial near dirt: 2
spatial near dog: 3
spatial near door: 6
spatial near dry: 2
spatial near edge: 2
spatial near elephant: 4
spatial near empty: 2
spatial near fence: 35
spatial near few: 2
spatial near field: 4
spatial near fire: 6
spatial near flag: 2
spatial near flowers: 2
spatial near food: 2
spatial near forest: 7
spatial near forested: 2
spatial near four: 2
spatial near fruit: 2
spatial near garden: 2
spatial near gate: 2
spatial near girl: 2
spatial near glass: 3
spatial near graffiti: 2
spatial near grass: 4
spatial near green: 3
spatial near ground: 3
spatial near group: 4
spatial near him: 4
spatial near home: 3
spatial near house: 3
spatial near houses: 2
spatial near it: 11
spatial near keyboard: 5
spatial near kitchen: 3
spatial near kite: 2
spatial near knife: 2
spatial near lake: 5
spatial near laptop: 13
spatial near large: 19
spatial near light: 2
spatial near little: 2
spatial near log: 3
spatial near lot: 2
spatial near machine: 2
spatial near man: 10
spatial near many: 12
spatial near metal: 2
spatial near mirror: 4
spatial near mother: 2
spatial near motor: 3
spatial near motorcycle: 2
spatial near motorcycles: 3
spatial near mountain: 3
spatial near mountains: 7
spatial near net: 3
spatial near ocean: 23
spatial near old: 4
spatial near one: 14
spatial near open: 4
spatial near other: 27
spatial near oven: 5
spatial near pair: 3
spatial near palm: 4
spatial near park: 5
spatial near parked: 2
spatial near parking: 2
spatial near people: 7
spatial near person: 5
spatial near pier: 2
spatial near pile: 5
spatial near plane: 3
spatial near plate: 3
spatial near platform: 6
spatial near pole: 2
spatial near pond: 2
spatial near public: 2
spatial near red: 5
spatial near river: 14
spatial near road: 18
spatial near roadway: 2
spatial near rock: 8
spatial near rocks: 6
spatial near rocky: 2
spatial near roof: 2
spatial near several: 10
spatial near shore: 7
spatial near shoreline: 4
spatial near short: 2
spatial near shrubs: 2
spatial near side: 12
spatial near sidewalk: 7
spatial near sign: 2
spatial near silver: 2
spatial near sink: 3
spatial near small: 4
spatial near snow: 2
spatial near station: 2
spatial near steps: 2
spatial near stone: 3
spatial near stop: 5
spatial near storefront: 2
spatial near stove: 2
spatial near stream: 3
spatial near street: 16
spatial near surfboard: 2
spatial near table: 16
spatial near tall: 11
spatial near telephone: 2
spatial near television: 3
spatial near tennis: 2
spatial near them: 3
spatial near three: 2
spatial near toilet: 2
spatial near town: 2
spatial near traffic: 2
spatial near train: 12
spatial near trash: 3
spatial near tree: 33
spatial near trees: 25
spatial near two: 10
spatial near vehicle: 2
spatial near very: 2
spatial near wall: 10
spatial near water: 60
spatial near watering: 4
spatial near wedding: 2
spatial near white: 8
spatial near window: 25
spatial near windows: 3
spatial near wire: 3
spatial near woman: 3
spatial near wood: 3
spatial near wooded: 4
spatial near wooden: 4
spatial near woods: 3
spatial near young: 2
spatial next to adult: 2
spatial next to airplane: 3
spatial next to airport: 2
spatial next to baby: 3
spatial next to bags: 2
spatial next to banana: 2
spatial next to bananas: 2
spatial next to bare: 2
spatial next to base: 3
spatial next to baseball: 2
spatial next to bath: 2
spatial next to bathroom: 2
spatial next to bathtub: 2
spatial next to beach: 5
spatial next to bed: 7
spatial next to beer: 2
spatial next to bench: 5
spatial next to bicycle: 9
spatial next to bicycles: 2
spatial next to big: 2
spatial next to bike: 9
spatial next to bikes: 3
spatial next to bird: 2
spatial next to black: 6
spatial next to blue: 7
spatial next to boat: 3
spatial next to boats: 2
spatial next to body: 10
spatial next to book: 2
spatial next to bottle: 11
spatial next to bottles: 2
spatial next to bowl: 10
spatial next to bowls: 2
spatial next to boy: 2
spatial next to bread: 2
spatial next to brick: 7
spatial next to bridge: 2
spatial next to brown: 8
spatial next to building: 39
spatial next to buildings: 7
spatial next to bunch: 5
spatial next to bus: 9
spatial next to cake: 2
spatial next to candle: 2
spatial next to car: 8
spatial next to carrots: 2
spatial next to cars: 7
spatial next to cat: 5
spatial next to chain: 4
spatial next to chair: 5
spatial next to child: 4
spatial next to christmas: 2
spatial next to clock: 5
spatial next to coffee: 4
spatial next to computer: 11
spatial next to couch: 3
spatial next to counter: 2
spatial next to couple: 4
spatial next to cow: 2
spatial next to crosswalk: 3
spatial next to crowd: 4
spatial next to cup: 7
spatial next to curb: 6
spatial next to deer: 2
spatial next to desk: 2
spatial next to desktop: 2
spatial next to dirt: 3
spatial next to dock: 4
spatial next to dog: 6
spatial next to domed: 2
spatial next to donkey: 2
spatial next to doorway: 2
spatial next to drink: 3
spatial next to eachother: 2
spatial next to electronics: 2
spatial next to elephant: 8
spatial next to empty: 5
spatial next to fallen: 3
spatial next to fence: 18
spatial next to field: 4
spatial next to fire: 6
spatial next to fireplace: 2
spatial next to flower: 2
spatial next to food: 4
spatial next to forest: 9
spatial next to fork: 4
spatial next to four: 4
spatial next to friend: 3
spatial next to frisbee: 2
spatial next to gas: 2
spatial next to gate: 2
spatial next to giant: 3
spatial next to giraffe: 2
spatial next to girl: 2
spatial next to glass: 12
spatial next to grass: 3
spatial next to grassy: 6
spatial next to green: 10
spatial next to group: 4
spatial next to herd: 2
spatial next to him: 8
spatial next to home: 6
spatial next to horse: 6
spatial next to hotel: 2
spatial next to house: 3
spatial next to it: 60
spatial next to keyboard: 11
spatial next to kitchen: 3
spatial next to knife: 2
spatial next to ladder: 2
spatial next to lake: 5
spatial next to lamp: 7
spatial next to laptop: 22
spatial next to large: 20
spatial next to larger: 2
spatial next to light: 4
spatial next to lit: 2
spatial next to little: 3
spatial next to log: 2
spatial next to long: 2
spatial next to luggage: 8
spatial next to lush: 2
spatial next to mac: 2
spatial next to malaysian: 2
spatial next to man: 18
spatial next to many: 3
spatial next to metal: 4
spatial next to microwave: 2
spatial next to mirror: 4
spatial next to monitor: 2
spatial next to motorcycle: 9
spatial next to motorcycles: 2
spatial next to mountain: 3
spatial next to mouse: 4
spatial next to muddy: 2
spatial next to multiple: 2
spatial next to newspaper: 2
spatial next to notebook: 2
spatial next to ocean: 13
spatial next to of: 2
spatial next to old: 5
spatial next to older: 3
spatial next to one: 5
spatial next to open: 11
spatial next to orange: 2
spatial next to other: 6
spatial next to oven: 4
spatial next to pair: 3
spatial next to palm: 3
spatial next to pan: 2
spatial next to park: 2
spatial next to parked: 5
spatial next to parking: 9
spatial next to pastry: 2
spatial next to pear: 2
spatial next to people: 4
spatial next to person: 8
spatial next to pile: 5
spatial next to pink: 3
spatial next to pizza: 2
spatial next to plant: 3
spatial next to plants: 4
spatial next to plastic: 2
spatial next to plate: 9
spatial next to platform: 6
spatial next to pole: 3
spatial next to potted: 2
spatial next to power: 2
spatial next to printer: 2
spatial next to red: 15
spatial next to remote: 7
spatial next to river: 7
spatial next to road: 20
spatial next to roadway: 2
spatial next to rock: 5
spatial next to rocks: 3
spatial next to salad: 2
spatial next to sea: 2
spatial next to set: 2
spatial next to several: 3
spatial next to sheep: 5
spatial next to shoes: 2
spatial next to shopping: 2
spatial next to shore: 2
spatial next to shower: 6
spatial next to sidewalk: 12
spatial next to sign: 8
spatial next to silver: 2
spatial next to sink: 13
spatial next to small: 16
spatial next to smaller: 2
spatial next to snow: 3
spatial next to spoon: 3
spatial next to stack: 2
spatial next to stone: 3
spatial next to street: 33
spatial next to surfboard: 6
spatial next to table: 13
spatial next to tall: 21
spatial next to teddy: 4
spatial next to them: 8
spatial next to three: 3
spatial next to toilet: 18
spatial next to traffic: 6
spatial next to train: 19
spatial next to trash: 2
spatial next to tree: 29
spatial next to trees: 23
spatial next to truck: 7
spatial next to tube: 2
spatial next to two: 19
spatial next to van: 2
spatial next to vase: 6
spatial next to very: 2
spatial next to walkway: 2
spatial next to wall: 14
spatial next to white: 25
spatial next to window: 19
spatial next to windows: 2
spatial next to wine: 2
spatial next to wire: 3
spatial next to woman: 12
spatial next to wooden: 7
spatial next to yellow: 5
spatial next to young: 3
spatial next to younger: 2
spatial next to zebra: 3
spatial on air: 2
spatial on airplane: 2
spatial on airport: 16
spatial on and: 5
spatial on arm: 4
spatial on armchair: 2
spatial on asphalt: 2
spatial on back: 2
spatial on backs: 8
spatial on bag: 2
spatial on balcony: 2
spatial on bamboo: 2
spatial on banana: 2
spatial on bar: 4
spatial on base: 3
spatial on baseball: 27
spatial on bat: 2
spatial on bathroom: 5
spatial on beach: 217
spatial on bed: 173
spatial on beech: 2
spatial on bench: 147
spatial on benches: 4
spatial on bicycle: 9
spatial on big: 5
spatial on bike: 18
spatial on bird: 3
spatial on birthday: 5
spatial on black: 23
spatial on blanket: 18
spatial on blender: 2
spatial on block: 2
spatial on blue: 41
spatial on boards: 3
spatial on boat: 16
spatial on body: 7
spatial on book: 3
spatial on books: 2
spatial on bow: 2
spatial on bowl: 3
spatial on box: 2
spatial on branch: 19
spatial on bread: 2
spatial on brick: 12
spatial on bridge: 10
spatial on bright: 4
spatial on broken: 4
spatial on brown: 15
spatial on building: 18
spatial on bun: 7
spatial on bunch: 3
spatial on bus: 13
spatial on busy: 22
spatial on cake: 6
spatial on calculator: 2
spatial on canoe: 2
spatial on car: 13
spatial on cardboard: 2
spatial on carpet: 3
spatial on cart: 6
spatial on ceiling: 3
spatial on cell: 3
spatial on cellphone: 9
spatial on cement: 9
spatial on chain: 2
spatial on chair: 34
spatial on christmas: 2
spatial on church: 3
spatial on city: 93
spatial on clay: 3
spatial on clock: 3
spatial on closed: 4
spatial on cluttered: 3
spatial on coach: 2
spatial on cob: 2
spatial on cobblestone: 3
spatial on coffee: 2
spatial on colorful: 2
spatial on comforter: 2
spatial on computer: 26
spatial on concrete: 12
spatial on corner: 19
spatial on couch: 94
spatial on counter: 54
spatial on course: 5
spatial on court: 90
spatial on crowded: 2
spatial on crust: 2
spatial on curb: 21
spatial on curved: 2
spatial on dark: 5
spatial on deck: 3
spatial on deserted: 2
spatial on desk: 127
spatial on desktop: 2
spatial on dining: 7
spatial on dinner: 2
spatial on dirt: 48
spatial on dirty: 2
spatial on dish: 4
spatial on display: 2
spatial on dog: 3
spatial on dolphins: 2
spatial on door: 4
spatial on double: 3
spatial on dresser: 2
spatial on driveway: 2
spatial on dry: 6
spatial on ears: 2
spatial on electronic: 2
spatial on elephant: 5
spatial on elephants: 2
spatial on elevated: 3
spatial on empty: 6
spatial on end: 5
spatial on face: 13
spatial on farm: 3
spatial on feet: 3
spatial on fence: 8
spatial on field: 143
spatial on flat: 6
spatial on flowered: 2
spatial on fluffy: 2
spatial on foggy: 2
spatial on football: 2
spatial on four: 2
spatial on freeway: 4
spatial on fridge: 3
spatial on front: 2
spatial on glass: 5
spatial on granite: 2
spatial on grass: 82
spatial on grassy: 36
spatial on gravel: 5
spatial on gray: 5
spatial on green: 51
spatial on grey: 2
spatial on grill: 9
spatial on hanger: 2
spatial on harbor: 2
spatial on hard: 3
spatial on hat: 3
spatial on head: 19
spatial on herd: 2
spatial on high: 3
spatial on highway: 5
spatial on hill: 13
spatial on hillside: 2
spatial on hilly: 3
spatial on hip: 2
spatial on home: 2
spatial on homemade: 3
spatial on hood: 11
spatial on horse: 33
spatial on indoor: 5
spatial on island: 2
spatial on it: 463
spatial on its back while: 3
spatial on keyboard: 14
spatial on kind: 2
spatial on kitchen: 20
spatial on kite: 4
spatial on knees: 2
spatial on lake: 18
spatial on lamp: 2
spatial on lap: 15
spatial on lapel: 2
spatial on laptop: 54
spatial on large: 29
spatial on lawn: 10
spatial on leash: 15
spatial on ledge: 16
spatial on lid: 2
spatial on light: 2
spatial on lights: 2
spatial on limb: 4
spatial on little: 2
spatial on log: 5
spatial on long: 7
spatial on lot: 4
spatial on luggage: 5
spatial on lush: 28
spatial on man's: 3
spatial on mantle: 2
spatial on marble: 3
spatial on mattress: 3
spatial on messy: 3
spatial on metal: 21
spatial on metallic: 2
spatial on moped: 3
spatial on motor: 15
spatial on motorcycle: 48
spatial on mound: 7
spatial on mountain: 28
spatial on napkin: 4
spatial on narrow: 5
spatial on neck: 2
spatial on nintendo: 9
spatial on notepad: 2
spatial on object: 4
spatial on ocean: 11
spatial on office: 2
spatial on old: 7
spatial on one: 9
spatial on open: 14
spatial on orange: 11
spatial on other: 2
spatial on outdoor: 3
spatial on oven: 3
spatial on overpass: 4
spatial on pair: 6
spatial on pallet: 2
spatial on pan: 11
spatial on paper: 14
spatial on park: 35
spatial on parked: 2
spatial on parking: 7
spatial on passenger: 2
spatial on patch: 3
spatial on path: 7
spatial on patio: 5
spatial on paved: 3
spatial on pavement: 12
spatial on picnic: 5
spatial on piece: 9
spatial on pier: 2
spatial on pile: 5
spatial on pillow: 7
spatial on pink: 5
spatial on pipe: 2
spatial on pizza: 9
spatial on plaid: 2
spatial on plain: 3
spatial on plains: 3
spatial on plate: 208
spatial on platform: 8
spatial on platter: 4
spatial on pole: 41
spatial on pool: 2
spatial on porch: 2
spatial on post: 8
spatial on public: 4
spatial on purple: 5
spatial on quiet: 2
spatial on quilt: 2
spatial on race: 5
spatial on rack: 5
spatial on rail: 15
spatial on railing: 4
spatial on railroad: 12
spatial on rails: 3
spatial on ramp: 21
spatial on red: 24
spatial on refrigerator: 3
spatial on remote: 2
spatial on rim: 4
spatial on river: 10
spatial on road: 65
spatial on rock: 24
spatial on rocks: 13
spatial on rocky: 7
spatial on roll: 5
spatial on roof: 9
spatial on round: 3
spatial on rug: 7
spatial on runway: 48
spatial on sail: 3
spatial on same: 3
spatial on sand: 19
spatial on sandy: 29
spatial on savannah: 3
spatial on scooter: 7
spatial on sea: 2
spatial on seat: 5
spatial on segway: 2
spatial on serving: 2
spatial on set: 2
spatial on several: 2
spatial on shallow: 2
spatial on shelf: 19
spatial on shore: 18
spatial on shoreline: 2
spatial on short: 2
spatial on shoulder: 5
spatial on shoulders: 3
spatial on sidewalk: 131
spatial on sidewalks: 2
spatial on sign: 2
spatial on sill: 2
spatial on silver: 3
spatial on single: 2
spatial on sink: 6
spatial on skate: 2
spatial on skateboard: 171
spatial on ski: 11
spatial on skis: 11
spatial on sled: 2
spatial on slope: 9
spatial on small: 39
spatial on sneaker: 3
spatial on snow: 42
spatial on snowboard: 25
spatial on snowy: 53
spatial on soccer: 11
spatial on sofa: 5
spatial on soft: 2
spatial on sports: 3
spatial on square: 5
spatial on stack: 3
spatial on stage: 3
spatial on stainless: 2
spatial on stair: 2
spatial on stairs: 2
spatial on stand: 8
spatial on statue: 6
spatial on steel: 11
spatial on steep: 3
spatial on steps: 4
spatial on stick: 2
spatial on stomach: 3
spatial on stone: 8
spatial on stool: 6
spatial on stop: 6
spatial on stove: 28
spatial on street: 210
spatial on strip: 2
spatial on striped: 3
spatial on subway: 4
spatial on suitcase: 2
spatial on sunny: 2
spatial on surf: 2
spatial on surfboard: 124
spatial on surfboards: 5
spatial on surfer: 2
spatial on table: 434
spatial on tablecloth: 2
spatial on tables: 2
spatial on tabletop: 2
spatial on tall: 5
spatial on tank: 3
spatial on tarmac: 14
spatial on tennis: 158
spatial on the side and: 6
spatial on the side of beach: 3
spatial on the side of bed: 2
spatial on the side of boat: 6
spatial on the side of building: 17
spatial on the side of busy: 3
spatial on the side of city: 2
spatial on the side of dirt: 4
spatial on the side of field: 2
spatial on the side of it: 6
spatial on the side of large: 2
spatial on the side of mountain: 3
spatial on the side of ocean: 2
spatial on the side of pole: 4
spatial on the side of ramp: 3
spatial on the side of river: 4
spatial on the side of road: 83
spatial on the side of sidewalk: 4
spatial on the side of sink: 2
spatial on the side of snow: 2
spatial on the side of snowy: 2
spatial on the side of street: 41
spatial on the side of tall: 2
spatial on the side of toilet: 2
spatial on the side of wall: 4
spatial on the side of white: 3
spatial on the side walk: 2
spatial on them: 29
spatial on three: 3
spatial on tie: 2
spatial on tile: 3
spatial on toilet: 33
spatial on tower: 2
spatial on toy: 2
spatial on track: 38
spatial on tracks: 45
spatial on traffic: 3
spatial on trail: 5
spatial on train: 47
spatial on trash: 4
spatial on tray: 20
spatial on tree: 43
spatial on tripod: 2
spatial on truck: 6
spatial on trunk: 3
spatial on twig: 2
spatial on two: 11
spatial on unique: 2
spatial on unmade: 2
spatial on vehicle: 3
spatial on video: 3
spatial on wall: 73
spatial on walls: 6
spatial on wave: 37
spatial on waves: 2
spatial on wet: 4
spatial on white: 109
spatial on wicker: 2
spatial on wide: 2
spatial on wii: 7
spatial on window: 16
spatial on windowsill: 3
spatial on windshield: 3
spatial on windy: 3
spatial on wire: 3
spatial on woman: 2
spatial on woman's: 2
spatial on wood: 14
spatial on wooden: 126
spatial on yellow: 8
spatial out of blue: 2
spatial out of building: 3
spatial out of bus: 2
spatial out of bushes: 2
spatial out of car: 8
spatial out of faucet: 2
spatial out of glass: 4
spatial out of it: 15
spatial out of mouth: 4
spatial out of oven: 6
spatial out of pot: 2
spatial out of toilet: 2
spatial out of water: 9
spatial out of window: 6
spatial outside and: 3
spatial outside apartment: 2
spatial outside at: 3
spatial outside building: 23
spatial outside bus: 6
spatial outside car: 2
spatial outside cooking: 2
spatial outside door: 4
spatial outside double: 2
spatial outside eating: 2
spatial outside enclosure: 2
spatial outside fence: 2
spatial outside fire: 2
spatial outside garage: 2
spatial outside holding: 3
spatial outside it: 3
spatial outside large: 3
spatial outside looking: 2
spatial outside on: 4
spatial outside one: 2
spatial outside playing: 3
spatial outside restaurant: 3
spatial outside shop: 2
spatial outside store: 4
spatial outside tall: 2
spatial outside train: 3
spatial outside view: 2
spatial outside while: 2
spatial outside window: 6
spatial outside with: 12
spatial surrounded by fence: 2
spatial surrounded by greenery: 2
spatial surrounded by lush: 2
spatial surrounded by mountains: 3
spatial surrounded by pigeons: 4
spatial surrounded by plants: 2
spatial surrounded by rocks: 3
spatial surrounded by tall: 4
spatial surrounded by three: 2
spatial surrounded by trees: 10
spatial surrounding it: 2
spatial the bottom of: 18
spatial the top of: 69
spatial touching bed: 2
spatial touching bench: 3
spatial touching brown: 2
spatial touching clear: 3
spatial touching cupcake: 2
spatial touching fence: 4
spatial touching grassy: 2
spatial touching other: 4
spatial touching pole: 2
spatial touching rail: 2
spatial touching side: 5
spatial touching tree: 4
spatial touching wall: 18
spatial touching wheelbarrow: 2
spatial touching white: 2
spatial touching wooden: 2
spatial toward ball: 4
spatial toward batter: 3
spatial toward blue: 2
spatial toward camera: 10
spatial toward grassy: 2
spatial toward people: 2
spatial toward red: 2
spatial toward rock: 2
spatial toward tennis: 3
spatial toward train: 2
spatial toward water: 3
spatial under arm: 2
spatial under arms: 2
spatial under banner: 2
spatial under bathroom: 5
spatial under bench: 4
spatial under big: 3
spatial under blanket: 5
spatial under blue: 3
spatial under bridge: 12
spatial under cabinets: 2
spatial under construction: 5
spatial under cover: 2
spatial under covers: 4
spatial under fence: 2
spatial under glass: 2
spatial under green: 2
spatial under it: 7
spatial under kite: 2
spatial under large: 9
spatial under light: 2
spatial under mirror: 5
spatial under overpass: 3
spatial under park: 2
spatial under pedestrian: 3
spatial under pink: 2
spatial under power: 2
spatial under shelf: 2
spatial under sign: 5
spatial under small: 2
spatial under stop: 2
spatial under street: 2
spatial under suitcase: 2
spatial under sun: 2
spatial under table: 3
spatial under tent: 4
spatial under them: 2
spatial under tree: 21
spatial under trees: 4
spatial under two: 2
spatial under umbrellas: 6
spatial under window: 5
spatial under wooden: 3
spatial-before above air: 6
spatial-before above airplane: 2
spatial-before above all: 5
spatial-before above bat: 4
spatial-before above board: 3
spatial-before above building: 2
spatial-before above bus: 2
spatial-before above clock: 3
spatial-before above clouds: 3
spatial-before above crossing: 3
spatial-before above flies: 5
spatial-before above floating: 2
spatial-before above flown: 5
spatial-before above fly: 2
spatial-before above flying: 31
spatial-before above fork: 2
spatial-before above from: 7
spatial-before above going: 6
spatial-before above hand: 3
spatial-before above hands: 6
spatial-before above hanging: 10
spatial-before above hangs: 2
spatial-before above high: 5
spatial-before above horse: 6
spatial-before above hovering: 2
spatial-before above image: 6
spatial-before above is: 4
spatial-before above jump: 2
spatial-before above jumping: 13
spatial-before above jumps: 7
spatial-before above kite: 6
spatial-before above kites: 2
spatial-before above leaning: 6
spatial-before above leans: 2
spatial-before above light: 4
spatial-before above lights: 2
spatial-before above look: 2
spatial-before above looking: 14
spatial-before above mirror: 4
spatial-before above netting: 2
spatial-before above opened: 2
spatial-before above other: 4
spatial-before above out: 10
spatial-before above passing: 4
spatial-before above paw: 2
spatial-before above posted: 3
spatial-before above pulled: 2
spatial-before above racket: 2
spatial-before above reaching: 3
spatial-before above rises: 2
spatial-before above sign: 4
spatial-before above sits: 2
spatial-before above sitting: 7
spatial-before above skateboard: 6
spatial-before above sky: 13
spatial-before above smiling: 2
spatial-before above soaring: 3
spatial-before above spoon: 2
spatial-before above standing: 14
spatial-before above stands: 2
spatial-before above suspended: 4
spatial-before above tomato: 2
spatial-before above towering: 12
spatial-before above trick: 2
spatial-before above trunk: 2
spatial-before above umbrella: 7
spatial-before above up: 3
spatial-before above wall: 2
spatial-before above wires: 3
spatial-before across from on: 4
spatial-before around all: 2
spatial-before around and: 2
spatial-before around chairs: 2
spatial-before around coming: 2
spatial-before around fence: 2
spatial-before around flying: 2
spatial-before around food: 3
spatial-before around gather: 3
spatial-before around gathered: 13
spatial-before around gathering: 2
spatial-before around going: 4
spatial-before around kicking: 2
spatial-before around loitering: 2
spatial-before around motorcycle: 4
spatial-before around peeking: 2
spatial-before around people: 9
spatial-before around runs: 3
spatial-before around sit: 6
spatial-before around sitting: 36
spatial-before around stand: 3
spatial-before around standing: 35
spatial-before around trees: 3
spatial-before around walk: 2
spatial-before around walking: 14
spatial-before around walks: 2
spatial-before around wrapped: 5
spatial-before at the back of head: 2
spatial-before at the back of laying: 2
spatial-before at the back of people: 2
spatial-before at the back of perched: 3
spatial-before at the back of riding: 26
spatial-before at the back of sits: 3
spatial-before at the back of sitting: 11
spatial-before at the back of standing: 4
spatial-before attached to are: 2
spatial-before attached to cart: 3
spatial-before attached to clock: 4
spatial-before attached to is: 14
spatial-before attached to kites: 2
spatial-before attached to leash: 2
spatial-before attached to light: 2
spatial-before attached to mouse: 2
spatial-before attached to phone: 2
spatial-before attached to sign: 3
spatial-before attached to signs: 2
spatial-before attached to wires: 2
spatial-before away from walking: 4
spatial-before behind are: 3
spatial-before behind boat: 2
spatial-before behind bottle: 2
spatial-before behind building: 7
spatial-before behind buildings: 2
spatial-before behind car: 3
spatial-before behind cars: 2
spatial-before behind chairs: 2
spatial-before behind clock: 2
spatial-before behind clocks: 2
spatial-before behind close: 3
spatial-before behind couch: 2
spatial-before behind cows: 2
spatial-before behind crowd: 3
spatial-before behind directly: 2
spatial-before behind display: 2
spatial-before behind distance: 2
spatial-before behind down: 2
spatial-before behind elephant: 2
spatial-before behind elephants: 3
spatial-before behind far: 2
spatial-before behind field: 3
spatial-before behind from: 11
spatial-before behind giraffe: 2
spatial-before behind grass: 2
spatial-before behind hiding: 2
spatial-before behind is: 8
spatial-before behind man: 3
spatial-before behind mountain: 2
spatial-before behind mountains: 2
spatial-before behind other: 2
spatial-before behind parked: 3
spatial-before behind people: 3
spatial-before behind person: 3
spatial-before behind place: 2
spatial-before behind shown: 2
spatial-before behind sign: 2
spatial-before behind sit: 2
spatial-before behind sitting: 8
spatial-before behind sky: 3
spatial-before behind smoke: 2
spatial-before behind snow: 2
spatial-before behind stand: 4
spatial-before behind standing: 38
spatial-before behind stands: 3
spatial-before behind street: 3
spatial-before behind swimming: 2
spatial-before behind together: 2
spatial-before behind tower: 2
spatial-before behind tree: 2
spatial-before behind trees: 4
spatial-before behind umpire: 3
spatial-before behind up: 3
spatial-before behind vehicles: 2
spatial-before behind wait: 2
spatial-before behind walking: 7
spatial-before behind walks: 3
spatial-before behind wall: 5
spatial-before behind working: 6
spatial-before below from: 2
spatial-before below sign: 2
spatial-before below sitting: 2
spatial-before below standing: 3
spatial-before between hydrant: 2
spatial-before between in: 12
spatial-before between sits: 2
spatial-before between sitting: 7
spatial-before between standing: 4
spatial-before between stands: 3
spatial-before between walking: 3
spatial-before contains bathroom: 2
spatial-before contains box: 3
spatial-before contains plate: 3
spatial-before down and: 2
spatial-before down coming: 9
spatial-before down driving: 6
spatial-before down glides: 2
spatial-before down go: 4
spatial-before down going: 15
spatial-before down head: 2
spatial-before down heading: 2
spatial-before down riding: 8
spatial-before down skateboard: 5
spatial-before down skateboarding: 2
spatial-before down ski: 5
spatial-before down skiing: 55
spatial-before down skis: 18
spatial-before down sliding: 5
spatial-before down slowly: 2
spatial-before down snowboard: 6
spatial-before down snowboarding: 6
spatial-before down traveling: 6
spatial-before down walking: 12
spatial-before down walks: 3
spatial-before down way: 3
spatial-before facing are: 2
spatial-before facing bed: 2
spatial-before in front of and: 3
spatial-before in front of are: 5
spatial-before in front of ball: 4
spatial-before in front of bar: 2
spatial-before in front of beach: 4
spatial-before in front of bear: 2
spatial-before in front of bed: 3
spatial-before in front of bench: 12
spatial-before in front of bottle: 2
spatial-before in front of cake: 5
spatial-before in front of car: 4
spatial-before in front of carpet: 2
spatial-before in front of cars: 2
spatial-before in front of cat: 3
spatial-before in front of chair: 5
spatial-before in front of couch: 3
spatial-before in front of curb: 3
spatial-before in front of desk: 8
spatial-before in front of directly: 2
spatial-before in front of dish: 3
spatial-before in front of dog: 2
spatial-before in front of down: 7
spatial-before in front of drink: 2
spatial-before in front of elephant: 2
spatial-before in front of field: 3
spatial-before in front of floor: 5
spatial-before in front of food: 3
spatial-before in front of frisbee: 3
spatial-before in front of game: 3
spatial-before in front of glass: 2
spatial-before in front of grass: 6
spatial-before in front of grazing: 2
spatial-before in front of head: 3
spatial-before in front of horses: 2
spatial-before in front of hydrant: 5
spatial-before in front of intersection: 2
spatial-before in front of is: 10
spatial-before in front of itself: 2
spatial-before in front of just: 2
spatial-before in front of kite: 2
spatial-before in front of kneeling: 2
spatial-before in front of lake: 2
spatial-before in front of legged: 3
spatial-before in front of light: 5
spatial-before in front of lights: 4
spatial-before in front of man: 2
spatial-before in front of men: 2
spatial-before in front of meter: 5
spatial-before in front of object: 2
spatial-before in front of other: 3
spatial-before in front of parked: 28
spatial-before in front of passing: 2
spatial-before in front of phone: 3
spatial-before in front of pictured: 2
spatial-before in front of pizza: 2
spatial-before in front of plate: 2
spatial-before in front of pole: 3
spatial-before in front of pose: 2
spatial-before in front of posing: 5
spatial-before in front of positioned: 2
spatial-before in front of post: 2
spatial-before in front of road: 5
spatial-before in front of room: 2
spatial-before in front of selfie: 2
spatial-before in front of shelf: 2
spatial-before in front of sidewalk: 5
spatial-before in front of sign: 15
spatial-before in front of signs: 4
spatial-before in front of sit: 3
spatial-before in front of sits: 22
spatial-before in front of sitting: 76
spatial-before in front of skis: 3
spatial-before in front of stand: 7
spatial-before in front of standing: 91
spatial-before in front of stands: 20
spatial-before in front of station: 2
spatial-before in front of stop: 2
spatial-before in front of stopped: 2
spatial-before in front of street: 18
spatial-before in front of table: 16
spatial-before in front of together: 4
spatial-before in front of tower: 2
spatial-before in front of up: 5
spatial-before in front of walk: 2
spatial-before in front of walking: 8
spatial-before in front of wall: 2
spatial-before in front of water: 2
spatial-before in front of wave: 2
spatial-before in front of window: 2
spatial-before in front of woman: 2
spatial-before in the middle hotdogs: 2
spatial-before in the middle of are: 2
spatial-before in the middle of bench: 4
spatial-before in the middle of bus: 2
spatial-before in the middle of driving: 2
spatial-before in the middle of horse: 2
spatial-before in the middle of is: 3
spatial-before in the middle of located: 2
spatial-before in the middle of out: 2
spatial-before in the middle of parked: 3
spatial-before in the middle of poles: 2
spatial-before in the middle of road: 2
spatial-before in the middle of sign: 2
spatial-before in the middle of sits: 5
spatial-before in the middle of sitting: 19
spatial-before in the middle of standing: 16
spatial-before in the middle of stands: 6
spatial-before in the middle of tower: 4
spatial-before in the middle of umbrella: 2
spatial-before in the middle one: 2
spatial-before inside about: 2
spatial-before inside action: 2
spatial-before inside air: 3
spatial-before inside all: 3
spatial-before inside alone: 6
spatial-before inside along: 2
spatial-before inside animal: 6
spatial-before inside animals: 13
spatial-before inside apples: 5
spatial-before inside appliances: 3
spatial-before inside are: 67
spatial-before inside area: 5
spatial-before inside around: 24
spatial-before inside arranged: 4
spatial-before inside arrangement: 3
spatial-before inside asleep: 4
spatial-before inside atm: 3
spatial-before inside baby: 4
spatial-before inside bag: 3
spatial-before inside ball: 20
spatial-before inside balloons: 2
spatial-before inside banana: 7
spatial-before inside bananas: 7
spatial-before inside baseball: 7
spatial-before inside basket: 2
spatial-before inside bat: 15
spatial-before inside bathing: 3
spatial-before inside bathroom: 4
spatial-before inside bathtub: 3
spatial-before inside batter: 2
spatial-before inside be: 2
spatial-before inside beach: 2
spatial-before inside bear: 12
spatial-before inside bears: 5
spatial-before inside bed: 32
spatial-before inside beds: 4
spatial-before inside beer: 2
spatial-before inside bench: 31
spatial-before inside beverage: 2
spatial-before inside bicycles: 2
spatial-before inside bike: 7
spatial-before inside bikes: 4
spatial-before inside bird: 3
spatial-before inside birds: 3
spatial-before inside blanket: 2
spatial-before inside board: 25
spatial-before inside boarding: 3
spatial-before inside boards: 5
spatial-before inside boat: 22
spatial-before inside boats: 9
spatial-before inside body: 2
spatial-before inside books: 2
spatial-before inside bottle: 2
spatial-before inside bowl: 5
spatial-before inside boy: 8
spatial-before inside boys: 3
spatial-before inside branch: 7
spatial-before inside bread: 2
spatial-before inside broccoli: 11
spatial-before inside brush: 3
spatial-before inside building: 14
spatial-before inside built: 2
spatial-before inside bun: 3
spatial-before inside buried: 2
spatial-before inside bus: 14
spatial-before inside buses: 2
spatial-before inside by: 3
spatial-before inside cabinet: 3
spatial-before inside cabinets: 4
spatial-before inside cake: 3
spatial-before inside cakes: 2
spatial-before inside calf: 3
spatial-before inside camera: 9
spatial-before inside can: 2
spatial-before inside canoe: 3
spatial-before inside car: 6
spatial-before inside carriage: 3
spatial-before inside carrot: 4
spatial-before inside carrots: 4
spatial-before inside cars: 10
spatial-before inside case: 2
spatial-before inside cat: 13
spatial-before inside cats: 2
spatial-before inside cellphone: 2
spatial-before inside chair: 17
spatial-before inside chairs: 4
spatial-before inside child: 10
spatial-before inside children: 7
spatial-before inside cigarette: 2
spatial-before inside clock: 12
spatial-before inside competing: 4
spatial-before inside computer: 5
spatial-before inside computers: 2
spatial-before inside concrete: 3
spatial-before inside cone: 2
spatial-before inside cones: 2
spatial-before inside controller: 5
spatial-before inside controllers: 4
spatial-before inside controls: 2
spatial-before inside cook: 3
spatial-before inside cooked: 3
spatial-before inside cooking: 14
spatial-before inside corner: 6
spatial-before inside costume: 2
spatial-before inside couch: 10
spatial-before inside couches: 3
spatial-before inside counter: 3
spatial-before inside couple: 2
spatial-before inside court: 3
spatial-before inside covered: 6
spatial-before inside cow: 7
spatial-before inside cows: 11
spatial-before inside crust: 4
spatial-before inside curve: 2
spatial-before inside cut: 2
spatial-before inside day: 3
spatial-before inside decor: 2
spatial-before inside decorated: 2
spatial-before inside desk: 11
spatial-before inside directions: 2
spatial-before inside disc: 3
spatial-before inside dishwasher: 2
spatial-before inside display: 10
spatial-before inside displayed: 9
spatial-before inside dock: 3
spatial-before inside docked: 2
spatial-before inside dog: 38
spatial-before inside dogs: 12
spatial-before inside dolphin: 2
spatial-before inside donut: 2
spatial-before inside donuts: 4
spatial-before inside door: 2
spatial-before inside doughnut: 3
spatial-before inside doughnuts: 5
spatial-before inside down: 32
spatial-before inside dressed: 4
spatial-before inside driving: 2
spatial-before inside dryer: 4
spatial-before inside eating: 7
spatial-before inside elephant: 14
spatial-before inside elephants: 20
spatial-before inside embedded: 3
spatial-before inside engaged: 2
spatial-before inside equipment: 2
spatial-before inside falling: 2
spatial-before inside feed: 2
spatial-before inside fence: 5
spatial-before inside field: 2
spatial-before inside fighting: 4
spatial-before inside fireplace: 2
spatial-before inside fish: 2
spatial-before inside floating: 9
spatial-before inside floor: 6
spatial-before inside flower: 7
spatial-before inside flowers: 29
spatial-before inside flying: 8
spatial-before inside food: 38
spatial-before inside freezer: 2
spatial-before inside fridge: 5
spatial-before inside frisbee: 45
spatial-before inside frog: 2
spatial-before inside from: 4
spatial-before inside fruit: 8
spatial-before inside fruits: 4
spatial-before inside furniture: 3
spatial-before inside game: 10
spatial-before inside games: 4
spatial-before inside gathered: 4
spatial-before inside gear: 2
spatial-before inside giraffe: 8
spatial-before inside giraffe's: 2
spatial-before inside giraffes: 25
spatial-before inside girl: 8
spatial-before inside girls: 2
spatial-before inside glasses: 2
spatial-before inside goats: 4
spatial-before inside goods: 2
spatial-before inside grass: 27
spatial-before inside grasses: 2
spatial-before inside graze: 5
spatial-before inside grazes: 4
spatial-before inside grazing: 62
spatial-before inside ground: 9
spatial-before inside growing: 4
spatial-before inside guy: 2
spatial-before inside guys: 4
spatial-before inside habitat: 2
spatial-before inside hairbrush: 2
spatial-before inside hand: 9
spatial-before inside hands: 3
spatial-before inside hanging: 6
spatial-before inside hat: 4
spatial-before inside hay: 4
spatial-before inside head: 4
spatial-before inside herself: 5
spatial-before inside hill: 3
spatial-before inside himself: 11
spatial-before inside hole: 2
spatial-before inside holes: 3
spatial-before inside horse: 27
spatial-before inside horses: 17
spatial-before inside hydrant: 8
spatial-before inside idle: 2
spatial-before inside interacting: 3
spatial-before inside intersection: 7
spatial-before inside is: 73
spatial-before inside it: 8
spatial-before inside item: 2
spatial-before inside items: 5
spatial-before inside itself: 3
spatial-before inside jumping: 2
spatial-before inside keyboard: 2
spatial-before inside kids: 2
spatial-before inside kitchen: 5
spatial-before inside kite: 16
spatial-before inside kites: 14
spatial-before inside kitten: 2
spatial-before inside knees: 2
spatial-before inside lady: 5
spatial-before inside lake: 2
spatial-before inside lamp: 2
spatial-before inside laptop: 13
spatial-before inside lay: 2
spatial-before inside laying: 38
spatial-before inside lays: 5
spatial-before inside leaves: 2
spatial-before inside ledge: 3
spatial-before inside legs: 2
spatial-before inside light: 7
spatial-before inside line: 2
spatial-before inside lines: 2
spatial-before inside looking: 16
spatial-before inside luggage: 6
spatial-before inside lunch: 3
spatial-before inside lying: 13
spatial-before inside machine: 3
spatial-before inside made: 2
spatial-before inside male: 2
spatial-before inside man: 88
spatial-before inside map: 2
spatial-before inside meal: 5
spatial-before inside meat: 5
spatial-before inside men: 5
spatial-before inside mirror: 6
spatial-before inside motorcycle: 15
spatial-before inside motorcycles: 3
spatial-before inside mountain: 2
spatial-before inside mounted: 2
spatial-before inside object: 4
spatial-before inside on: 5
spatial-before inside one: 3
spatial-before inside open: 4
spatial-before inside orange: 2
spatial-before inside oranges: 3
spatial-before inside other: 24
spatial-before inside others: 3
spatial-before inside out: 27
spatial-before inside outdoors: 3
spatial-before inside outside: 24
spatial-before inside oven: 4
spatial-before inside over: 6
spatial-before inside paper: 3
spatial-before inside parasailing: 2
spatial-before inside parked: 79
spatial-before inside participating: 2
spatial-before inside path: 6
spatial-before inside paws: 2
spatial-before inside pen: 2
spatial-before inside people: 71
spatial-before inside peppers: 2
spatial-before inside perched: 3
spatial-before inside person: 29
spatial-before inside phone: 17
spatial-before inside phones: 4
spatial-before inside photo: 3
spatial-before inside piano: 2
spatial-before inside picture: 14
spatial-before inside pie: 2
spatial-before inside pig: 2
spatial-before inside pitch: 2
spatial-before inside pitcher: 2
spatial-before inside pizza: 28
spatial-before inside pizzas: 3
spatial-before inside placed: 10
spatial-before inside plane: 3
spatial-before inside plant: 2
spatial-before inside plants: 3
spatial-before inside play: 5
spatial-before inside player: 8
spatial-before inside players: 4
spatial-before inside playing: 27
spatial-before inside pole: 8
spatial-before inside pony: 2
spatial-before inside portrait: 2
spatial-before inside posing: 4
spatial-before inside post: 3
spatial-before inside pottery: 2
spatial-before inside prepared: 2
spatial-before inside puddle: 2
spatial-before inside puppy: 3
spatial-before inside racing: 2
spatial-before inside racket: 17
spatial-before inside racquet: 6
spatial-before inside rail: 5
spatial-before inside ramp: 2
spatial-before inside range: 2
spatial-before inside reaching: 2
spatial-before inside reflected: 7
spatial-before inside reflection: 11
spatial-before inside refrigerator: 15
spatial-before inside relax: 3
spatial-before inside relaxing: 5
spatial-before inside remote: 4
spatial-before inside resting: 4
spatial-before inside ride: 4
spatial-before inside riding: 14
spatial-before inside road: 14
spatial-before inside rock: 2
spatial-before inside rocks: 7
spatial-before inside room: 3
spatial-before inside rose: 4
spatial-before inside rug: 3
spatial-before inside running: 8
spatial-before inside runway: 4
spatial-before inside sailboat: 2
spatial-before inside salad: 2
spatial-before inside sale: 6
spatial-before inside sand: 2
spatial-before inside scooter: 2
spatial-before inside screen: 3
spatial-before inside seat: 7
spatial-before inside seated: 5
spatial-before inside seen: 2
spatial-before inside selfie: 5
spatial-before inside serve: 4
spatial-before inside set: 3
spatial-before inside setting: 3
spatial-before inside sheep: 28
spatial-before inside shelves: 2
spatial-before inside shines: 2
spatial-before inside ship: 2
spatial-before inside shower: 6
spatial-before inside shown: 4
spatial-before inside side: 8
spatial-before inside sidewalk: 10
spatial-before inside sideways: 2
spatial-before inside sign: 20
spatial-before inside signal: 2
spatial-before inside signs: 2
spatial-before inside sink: 26
spatial-before inside sinks: 3
spatial-before inside sit: 18
spatial-before inside sits: 55
spatial-before inside sitting: 255
spatial-before inside skateboard: 13
spatial-before inside skateboarder: 2
spatial-before inside skateboards: 2
spatial-before inside ski's: 2
spatial-before inside skier: 7
spatial-before inside skies: 3
spatial-before inside skiing: 9
spatial-before inside skis: 12
spatial-before inside sleeping: 13
spatial-before inside sleeps: 2
spatial-before inside snowboard: 5
spatial-before inside snowboarding: 2
spatial-before inside soccer: 2
spatial-before inside sofa: 3
spatial-before inside something: 16
spatial-before inside soup: 3
spatial-before inside space: 3
spatial-before inside splash: 2
spatial-before inside spoon: 5
spatial-before inside stand: 21
spatial-before inside standing: 336
spatial-before inside stands: 28
spatial-before inside statue: 3
spatial-before inside stick: 3
spatial-before inside stool: 2
spatial-before inside stools: 2
spatial-before inside stopped: 2
spatial-before inside store: 3
spatial-before inside stored: 2
spatial-before inside stove: 5
spatial-before inside street: 17
spatial-before inside stuck: 5
spatial-before inside stuff: 2
spatial-before inside stunt: 2
spatial-before inside submerged: 2
spatial-before inside supplies: 2
spatial-before inside surfboard: 42
spatial-before inside surfboards: 4
spatial-before inside surfer: 6
spatial-before inside surfing: 20
spatial-before inside swim: 2
spatial-before inside swimming: 15
spatial-before inside swims: 2
spatial-before inside table: 35
spatial-before inside tables: 3
spatial-before inside teeth: 8
spatial-before inside television: 7
spatial-before inside tennis: 6
spatial-before inside tent: 2
spatial-before inside terminal: 2
spatial-before inside them: 2
spatial-before inside things: 2
spatial-before inside time: 2
spatial-before inside together: 42
spatial-before inside toilet: 43
spatial-before inside toilets: 2
spatial-before inside tomatoes: 2
spatial-before inside toothbrush: 8
spatial-before inside top: 4
spatial-before inside tower: 4
spatial-before inside toy: 4
spatial-before inside track: 2
spatial-before inside tracks: 8
spatial-before inside traffic: 3
spatial-before inside trail: 3
spatial-before inside train: 10
spatial-before inside traveling: 2
spatial-before inside tray: 2
spatial-before inside tree: 19
spatial-before inside trees: 4
spatial-before inside trick: 3
spatial-before inside tricks: 2
spatial-before inside truck: 6
spatial-before inside trucks: 2
spatial-before inside tub: 7
spatial-before inside tv: 7
spatial-before inside umbrella: 16
spatial-before inside umbrellas: 2
spatial-before inside umpire: 3
spatial-before inside up: 31
spatial-before inside urinal: 3
spatial-before inside urinals: 2
spatial-before inside utensils: 3
spatial-before inside van: 2
spatial-before inside vanity: 3
spatial-before inside vegetables: 7
spatial-before inside vehicle: 2
spatial-before inside view: 2
spatial-before inside volleyball: 2
spatial-before inside waiting: 3
spatial-before inside waits: 2
spatial-before inside walking: 53
spatial-before inside wall: 9
spatial-before inside water: 14
spatial-before inside wave: 20
spatial-before inside waves: 11
spatial-before inside way: 2
spatial-before inside weeds: 2
spatial-before inside wheelbarrow: 2
spatial-before inside while: 4
spatial-before inside wii: 14
spatial-before inside window: 12
spatial-before inside windows: 2
spatial-before inside woman: 39
spatial-before inside women: 7
spatial-before inside work: 4
spatial-before inside working: 6
spatial-before inside workspace: 2
spatial-before inside wrapped: 4
spatial-before inside writes: 2
spatial-before inside zebra: 6
spatial-before inside zebras: 16
spatial-before into bite: 2
spatial-before into biting: 4
spatial-before into built: 4
spatial-before into crashed: 2
spatial-before into cut: 13
spatial-before into cuts: 4
spatial-before into cutting: 8
spatial-before into directly: 2
spatial-before into dog: 3
spatial-before into down: 4
spatial-before into fence: 2
spatial-before into go: 2
spatial-before into horse: 3
spatial-before into installed: 2
spatial-before into knives: 2
spatial-before into look: 4
spatial-before into looking: 22
spatial-before into lowered: 2
spatial-before into pulling: 11
spatial-before into pulls: 3
spatial-before into reaching: 5
spatial-before into sliding: 5
spatial-before into stares: 2
spatial-before into staring: 3
spatial-before into stuck: 2
spatial-before into walking: 5
spatial-before into water: 3
spatial-before into wedged: 2
spatial-before into wine: 3
spatial-before near air: 6
spatial-before near along: 2
spatial-before near and: 6
spatial-before near animals: 3
spatial-before near are: 8
spatial-before near area: 6
spatial-before near around: 2
spatial-before near bat: 4
spatial-before near beach: 22
spatial-before near bear: 4
spatial-before near bed: 3
spatial-before near bench: 18
spatial-before near bicycle: 2
spatial-before near bird: 2
spatial-before near board: 3
spatial-before near boat: 3
spatial-before near building: 5
spatial-before near bus: 2
spatial-before near cake: 2
spatial-before near cart: 3
spatial-before near chair: 9
spatial-before near city: 2
spatial-before near corner: 2
spatial-before near couch: 3
spatial-before near counter: 4
spatial-before near curb: 6
spatial-before near desk: 6
spatial-before near dirt: 4
spatial-before near docked: 4
spatial-before near dog: 3
spatial-before near down: 2
spatial-before near drives: 3
spatial-before near driving: 3
spatial-before near eating: 2
spatial-before near elephants: 2
spatial-before near face: 3
spatial-before near fence: 5
spatial-before near field: 28
spatial-before near floor: 8
spatial-before near flying: 7
spatial-before near food: 3
spatial-before near frisbee: 5
spatial-before near giraffes: 4
spatial-before near grass: 37
spatial-before near grazing: 4
spatial-before near ground: 9
spatial-before near hanging: 2
spatial-before near heads: 2
spatial-before near herded: 2
spatial-before near highway: 2
spatial-before near hill: 2
spatial-before near horse: 5
spatial-before near horses: 2
spatial-before near hydrant: 10
spatial-before near intersection: 4
spatial-before near is: 18
spatial-before near it: 9
spatial-before near itself: 2
spatial-before near kitchen: 3
spatial-before near kite: 10
spatial-before near kites: 2
spatial-before near lake: 4
spatial-before near laying: 4
spatial-before near leaves: 2
spatial-before near light: 2
spatial-before near line: 2
spatial-before near located: 4
spatial-before near lot: 5
spatial-before near lying: 2
spatial-before near man: 5
spatial-before near meter: 4
spatial-before near motorcycle: 2
spatial-before near motorcycles: 2
spatial-before near other: 4
spatial-before near outside: 14
spatial-before near park: 2
spatial-before near parked: 30
spatial-before near parks: 2
spatial-before near passes: 2
spatial-before near passing: 6
spatial-before near path: 2
spatial-before near pavement: 2
spatial-before near people: 8
spatial-before near perched: 2
spatial-before near person: 2
spatial-before near phone: 5
spatial-before near picture: 2
spatial-before near planes: 2
spatial-before near plate: 4
spatial-before near platform: 2
spatial-before near playing: 2
spatial-before near pole: 6
spatial-before near post: 3
spatial-before near right: 2
spatial-before near river: 6
spatial-before near road: 13
spatial-before near rock: 4
spatial-before near rocks: 8
spatial-before near room: 5
spatial-before near sand: 8
spatial-before near shelf: 2
spatial-before near sidewalk: 13
spatial-before near sign: 10
spatial-before near signs: 4
spatial-before near sit: 3
spatial-before near sits: 14
spatial-before near sitting: 44
spatial-before near skateboard: 4
spatial-before near sky: 3
spatial-before near snow: 3
spatial-before near something: 2
spatial-before near stacked: 2
spatial-before near stand: 21
spatial-before near standing: 120
spatial-before near stands: 16
spatial-before near station: 4
spatial-before near steps: 3
spatial-before near stopped: 2
spatial-before near street: 25
spatial-before near sun: 2
spatial-before near surfboards: 3
spatial-before near swimming: 2
spatial-before near table: 9
spatial-before near together: 6
spatial-before near toilet: 2
spatial-before near towed: 2
spatial-before near tower: 6
spatial-before near track: 10
spatial-before near tracks: 19
spatial-before near train: 4
spatial-before near tree: 2
spatial-before near umbrella: 7
spatial-before near up: 12
spatial-before near very: 6
spatial-before near walk: 2
spatial-before near walking: 19
spatial-before near walkway: 2
spatial-before near wall: 5
spatial-before near water: 19
spatial-before near waves: 5
spatial-before near window: 2
spatial-before near woods: 3
spatial-before near zebra: 2
spatial-before near zoo: 2
spatial-before next to air: 3
spatial-before next to and: 3
spatial-before next to are: 9
spatial-before next to area: 2
spatial-before next to around: 3
spatial-before next to asleep: 2
spatial-before next to baby: 2
spatial-before next to banana: 2
spatial-before next to bananas: 3
spatial-before next to bar: 2
spatial-before next to bat: 5
spatial-before next to bathroom: 9
spatial-before next to beach: 14
spatial-before next to bed: 14
spatial-before next to bedroom: 2
spatial-before next to bench: 16
spatial-before next to benches: 2
spatial-before next to bicycle: 2
spatial-before next to bikes: 2
spatial-before next to blanket: 3
spatial-before next to blender: 2
spatial-before next to board: 3
spatial-before next to bottle: 2
spatial-before next to building: 8
spatial-before next to bus: 7
spatial-before next to cake: 3
spatial-before next to camera: 3
spatial-before next to car: 2
spatial-before next to cars: 2
spatial-before next to cat: 3
spatial-before next to cellphone: 2
spatial-before next to chair: 11
spatial-before next to chairs: 3
spatial-before next to child: 2
spatial-before next to city: 2
spatial-before next to computer: 7
spatial-before next to couch: 6
spatial-before next to counter: 5
spatial-before next to curb: 2
spatial-before next to desk: 17
spatial-before next to displayed: 4
spatial-before next to dog: 6
spatial-before next to down: 5
spatial-before next to elephant: 2
spatial-before next to field: 30
spatial-before next to floor: 14
spatial-before next to flowers: 5
spatial-before next to food: 10
spatial-before next to foods: 2
spatial-before next to forest: 2
spatial-before next to fork: 3
spatial-before next to freezer: 3
spatial-before next to giraffes: 2
spatial-before next to grass: 17
spatial-before next to ground: 5
spatial-before next to hay: 3
spatial-before next to horse: 3
spatial-before next to hydrant: 7
spatial-before next to is: 62
spatial-before next to it: 10
spatial-before next to kitchen: 7
spatial-before next to lake: 5
spatial-before next to laptop: 8
spatial-before next to laying: 16
spatial-before next to lies: 2
spatial-before next to line: 2
spatial-before next to lot: 9
spatial-before next to lying: 3
spatial-before next to meat: 2
spatial-before next to meter: 7
spatial-before next to mirror: 3
spatial-before next to motorcycle: 2
spatial-before next to motorcycles: 3
spatial-before next to mouse: 2
spatial-before next to ocean: 2
spatial-before next to on: 3
spatial-before next to open: 2
spatial-before next to out: 2
spatial-before next to outside: 2
spatial-before next to parked: 52
spatial-before next to pen: 3
spatial-before next to phone: 7
spatial-before next to picture: 3
spatial-before next to pizza: 5
spatial-before next to placed: 6
spatial-before next to plane: 2
spatial-before next to plate: 16
spatial-before next to platform: 2
spatial-before next to pole: 4
spatial-before next to posing: 7
spatial-before next to rack: 3
spatial-before next to railing: 2
spatial-before next to refrigerator: 4
spatial-before next to restroom: 2
spatial-before next to riding: 2
spatial-before next to right: 6
spatial-before next to road: 13
spatial-before next to robe: 2
spatial-before next to rocks: 2
spatial-before next to room: 7
spatial-before next to runway: 3
spatial-before next to sand: 2
spatial-before next to sandwich: 2
spatial-before next to sandwiches: 2
spatial-before next to shelf: 2
spatial-before next to ship: 2
spatial-before next to shown: 2
spatial-before next to side: 2
spatial-before next to sidewalk: 18
spatial-before next to sign: 8
spatial-before next to signs: 5
spatial-before next to sill: 2
spatial-before next to sink: 4
spatial-before next to sit: 4
spatial-before next to sits: 29
spatial-before next to sitting: 149
spatial-before next to sky: 3
spatial-before next to sleeping: 2
spatial-before next to slope: 2
spatial-before next to smiling: 2
spatial-before next to stand: 13
spatial-before next to standing: 230
spatial-before next to stands: 24
spatial-before next to station: 4
spatial-before next to stop: 2
spatial-before next to stopped: 3
spatial-before next to street: 32
spatial-before next to table: 37
spatial-before next to television: 2
spatial-before next to together: 2
spatial-before next to toilet: 4
spatial-before next to top: 3
spatial-before next to tower: 8
spatial-before next to track: 8
spatial-before next to tracks: 13
spatial-before next to traffic: 2
spatial-before next to train: 9
spatial-before next to tree: 5
spatial-before next to truck: 2
spatial-before next to umbrella: 5
spatial-before next to umbrellas: 2
spatial-before next to up: 7
spatial-before next to walk: 4
spatial-before next to walking: 11
spatial-before next to walks: 4
spatial-before next to wall: 4
spatial-before next to water: 7
spatial-before next to woman: 5
spatial-before next to yard: 2
spatial-before on action: 4
spatial-before on advertising: 2
spatial-before on air: 21
spatial-before on airborne: 2
spatial-before on airplane: 6
spatial-before on alone: 6
spatial-before on and: 5
spatial-before on animal: 4
spatial-before on animals: 9
spatial-before on apples: 4
spatial-before on are: 81
spatial-before on area: 2
spatial-before on around: 7
spatial-before on arranged: 11
spatial-before on art: 2
spatial-before on asleep: 5
spatial-before on bag: 4
spatial-before on bagel: 2
spatial-before on balances: 3
spatial-before on balancing: 2
spatial-before on ball: 36
spatial-before on balls: 2
spatial-before on banana: 5
spatial-before on bananas: 28
spatial-before on bar: 3
spatial-before on base: 2
spatial-before on baseball: 11
spatial-before on basket: 2
spatial-before on bat: 18
spatial-before on bats: 2
spatial-before on beans: 4
spatial-before on bear: 9
spatial-before on bears: 4
spatial-before on bed: 4
spatial-before on bench: 7
spatial-before on benches: 3
spatial-before on beverages: 3
spatial-before on bicycle: 6
spatial-before on bicycles: 2
spatial-before on bike: 13
spatial-before on bikes: 3
spatial-before on bird: 16
spatial-before on blanket: 11
spatial-before on blankets: 3
spatial-before on blender: 6
spatial-before on board: 32
spatial-before on boards: 6
spatial-before on boat: 11
spatial-before on boats: 5
spatial-before on book: 10
spatial-before on books: 5
spatial-before on bottles: 3
spatial-before on bowl: 11
spatial-before on bowls: 3
spatial-before on box: 6
spatial-before on boxes: 3
spatial-before on boy: 15
spatial-before on bread: 8
spatial-before on break: 2
spatial-before on bridge: 4
spatial-before on broccoli: 9
spatial-before on browsing: 2
spatial-before on brush: 3
spatial-before on building: 4
spatial-before on bus: 34
spatial-before on buses: 7
spatial-before on butter: 2
spatial-before on button: 3
spatial-before on buttons: 2
spatial-before on by: 5
spatial-before on cake: 24
spatial-before on can: 2
spatial-before on candle: 2
spatial-before on candles: 14
spatial-before on car: 9
spatial-before on carriage: 2
spatial-before on carrots: 4
spatial-before on cars: 23
spatial-before on cart: 2
spatial-before on case: 4
spatial-before on cast: 2
spatial-before on cat: 24
spatial-before on cats: 2
spatial-before on cellphone: 2
spatial-before on chair: 3
spatial-before on chairs: 5
spatial-before on cheese: 6
spatial-before on chewing: 4
spatial-before on child: 8
spatial-before on children: 2
spatial-before on chips: 2
spatial-before on climbing: 2
spatial-before on clock: 66
spatial-before on clocks: 2
spatial-before on clothes: 2
spatial-before on coffee: 2
spatial-before on colors: 2
spatial-before on commandments: 2
spatial-before on computer: 20
spatial-before on computers: 7
spatial-before on container: 2
spatial-before on containers: 2
spatial-before on control: 5
spatial-before on cooked: 2
spatial-before on cooking: 5
spatial-before on corn: 2
spatial-before on corner: 4
spatial-before on cows: 2
spatial-before on crate: 2
spatial-before on cream: 2
spatial-before on cross: 2
spatial-before on crossing: 2
spatial-before on cup: 4
spatial-before on cupcakes: 2
spatial-before on cups: 4
spatial-before on curb: 2
spatial-before on decor: 2
spatial-before on decorations: 4
spatial-before on desert: 3
spatial-before on desk: 2
spatial-before on dessert: 4
spatial-before on devices: 3
spatial-before on dinner: 2
spatial-before on directions: 5
spatial-before on dish: 9
spatial-before on dishes: 2
spatial-before on dispenser: 2
spatial-before on display: 7
spatial-before on displayed: 10
spatial-before on distance: 2
spatial-before on docked: 5
spatial-before on dog: 49
spatial-before on dogs: 14
spatial-before on donuts: 5
spatial-before on door: 3
spatial-before on doughnuts: 3
spatial-before on down: 48
spatial-before on draped: 2
spatial-before on drawn: 8
spatial-before on drink: 6
spatial-before on drinks: 2
spatial-before on driving: 17
spatial-before on drops: 2
spatial-before on eaten: 2
spatial-before on eggs: 3
spatial-before on electronics: 3
spatial-before on engine: 2
spatial-before on equipment: 4
spatial-before on face: 4
spatial-before on feathers: 3
spatial-before on feet: 2
spatial-before on fence: 5
spatial-before on figurines: 2
spatial-before on flag: 4
spatial-before on floating: 12
spatial-before on flower: 2
spatial-before on flowers: 18
spatial-before on focus: 6
spatial-before on food: 88
spatial-before on foods: 3
spatial-before on foot: 4
spatial-before on fork: 5
spatial-before on fries: 5
spatial-before on frisbee: 18
spatial-before on frosting: 3
spatial-before on fruit: 11
spatial-before on fruits: 2
spatial-before on game: 16
spatial-before on games: 4
spatial-before on garlic: 2
spatial-before on gathered: 5
spatial-before on get: 2
spatial-before on getting: 3
spatial-before on giraffes: 3
spatial-before on girl: 9
spatial-before on glass: 4
spatial-before on glasses: 6
spatial-before on graffiti: 17
spatial-before on grass: 4
spatial-before on graze: 2
spatial-before on grazes: 2
spatial-before on grazing: 31
spatial-before on greens: 5
spatial-before on grinding: 4
spatial-before on growing: 5
spatial-before on guitar: 2
spatial-before on guy: 4
spatial-before on half: 3
spatial-before on hand: 9
spatial-before on hands: 5
spatial-before on hang: 3
spatial-before on hanging: 23
spatial-before on hangs: 4
spatial-before on hat: 6
spatial-before on head: 13
spatial-before on hill: 3
spatial-before on him: 4
spatial-before on himself: 2
spatial-before on holding: 18
spatial-before on holds: 2
spatial-before on horse: 7
spatial-before on horses: 25
spatial-before on hung: 2
spatial-before on hydrant: 30
spatial-before on icing: 3
spatial-before on in: 5
spatial-before on inside: 2
spatial-before on is: 183
spatial-before on it: 13
spatial-before on items: 8
spatial-before on itself: 4
spatial-before on jump: 4
spatial-before on jumping: 2
spatial-before on kettle: 2
spatial-before on keyboard: 13
spatial-before on kid: 4
spatial-before on kids: 2
spatial-before on kite: 25
spatial-before on kites: 11
spatial-before on knife: 3
spatial-before on laid: 4
spatial-before on lamp: 2
spatial-before on landed: 3
spatial-before on landing: 3
spatial-before on laptop: 40
spatial-before on lay: 3
spatial-before on laying: 130
spatial-before on lays: 4
spatial-before on leaning: 12
spatial-before on leans: 3
spatial-before on leaves: 3
spatial-before on ledge: 2
spatial-before on left: 2
spatial-before on legged: 2
spatial-before on lettuce: 2
spatial-before on lie: 2
spatial-before on lies: 6
spatial-before on light: 18
spatial-before on lights: 10
spatial-before on line: 4
spatial-before on liquid: 2
spatial-before on located: 3
spatial-before on logo: 4
spatial-before on look: 2
spatial-before on low: 2
spatial-before on luggage: 12
spatial-before on lying: 33
spatial-before on man: 112
spatial-before on markings: 2
spatial-before on match: 2
spatial-before on meal: 3
spatial-before on meat: 5
spatial-before on men: 10
spatial-before on meter: 3
spatial-before on meters: 2
spatial-before on microwave: 4
spatial-before on monitor: 6
spatial-before on monitors: 4
spatial-before on motorcycle: 17
spatial-before on motorcycles: 6
spatial-before on mounted: 6
spatial-before on mouse: 7
spatial-before on mouth: 2
spatial-before on moves: 2
spatial-before on moving: 2
spatial-before on mural: 2
spatial-before on mustard: 4
spatial-before on nap: 3
spatial-before on neatly: 2
spatial-before on night: 3
spatial-before on notebook: 2
spatial-before on numbers: 3
spatial-before on object: 2
spatial-before on objects: 2
spatial-before on ocean: 4
spatial-before on officer: 3
spatial-before on on: 3
spatial-before on open: 5
spatial-before on orange: 3
spatial-before on oranges: 5
spatial-before on other: 51
spatial-before on out: 23
spatial-before on outside: 16
spatial-before on oven: 2
spatial-before on paint: 4
spatial-before on painted: 9
spatial-before on pan: 7
spatial-before on pancakes: 2
spatial-before on paper: 5
spatial-before on papers: 3
spatial-before on parked: 73
spatial-before on passengers: 5
spatial-before on pastries: 3
spatial-before on pastry: 3
spatial-before on paw: 2
spatial-before on paws: 3
spatial-before on pears: 2
spatial-before on peels: 2
spatial-before on pen: 4
spatial-before on people: 76
spatial-before on perched: 40
spatial-before on perches: 4
spatial-before on performing: 4
spatial-before on person: 70
spatial-before on phone: 18
spatial-before on phones: 2
spatial-before on photo: 2
spatial-before on photos: 2
spatial-before on picture: 8
spatial-before on pictures: 4
spatial-before on pie: 2
spatial-before on piled: 3
spatial-before on pillows: 3
spatial-before on pineapples: 2
spatial-before on pitcher: 3
spatial-before on pizza: 64
spatial-before on pizzas: 2
spatial-before on place: 2
spatial-before on placed: 19
spatial-before on plane: 10
spatial-before on planes: 2
spatial-before on plants: 2
spatial-before on plate: 35
spatial-before on plates: 4
spatial-before on play: 4
spatial-before on played: 2
spatial-before on player: 12
spatial-before on players: 10
spatial-before on playing: 25
spatial-before on plays: 2
spatial-before on pole: 12
spatial-before on policeman: 4
spatial-before on posed: 4
spatial-before on poses: 2
spatial-before on posing: 4
spatial-before on positioned: 2
spatial-before on post: 2
spatial-before on posted: 7
spatial-before on pot: 8
spatial-before on potatoes: 3
spatial-before on put: 2
spatial-before on racing: 4
spatial-before on racket: 20
spatial-before on rackets: 3
spatial-before on racquet: 33
spatial-before on rail: 5
spatial-before on ramp: 5
spatial-before on ready: 2
spatial-before on refrigerator: 3
spatial-before on relaxes: 3
spatial-before on relaxing: 2
spatial-before on remotes: 2
spatial-before on rest: 2
spatial-before on restaurant: 2
spatial-before on resting: 17
spatial-before on rests: 8
spatial-before on ribbon: 2
spatial-before on ride: 7
spatial-before on rider: 2
spatial-before on rides: 8
spatial-before on riding: 61
spatial-before on road: 4
spatial-before on roads: 2
spatial-before on rock: 3
spatial-before on room: 2
spatial-before on row: 3
spatial-before on run: 3
spatial-before on running: 9
spatial-before on salad: 8
spatial-before on sand: 4
spatial-before on sandwich: 27
spatial-before on sandwiches: 8
spatial-before on sauce: 8
spatial-before on sausage: 2
spatial-before on scissors: 3
spatial-before on screen: 2
spatial-before on sculpture: 2
spatial-before on seated: 6
spatial-before on seats: 2
spatial-before on seen: 2
spatial-before on serve: 2
spatial-before on served: 12
spatial-before on set: 12
spatial-before on sets: 2
spatial-before on setting: 5
spatial-before on shadow: 2
spatial-before on sheep: 10
spatial-before on sheets: 3
spatial-before on shells: 2
spatial-before on shining: 3
spatial-before on shirt: 4
spatial-before on shoe: 2
spatial-before on shoes: 2
spatial-before on shown: 5
spatial-before on side: 7
spatial-before on sidewalk: 2
spatial-before on sign: 35
spatial-before on signs: 21
spatial-before on sink: 2
spatial-before on sit: 47
spatial-before on siting: 4
spatial-before on sits: 166
spatial-before on sitting: 972
spatial-before on skateboard: 38
spatial-before on skateboarding: 9
spatial-before on skateboards: 6
spatial-before on skating: 6
spatial-before on ski: 3
spatial-before on skier: 2
spatial-before on skiers: 3
spatial-before on skies: 4
spatial-before on skiing: 26
spatial-before on skillet: 2
spatial-before on skis: 25
spatial-before on sky: 2
spatial-before on sleep: 2
spatial-before on sleeping: 29
spatial-before on sleeps: 6
spatial-before on slice: 4
spatial-before on slices: 5
spatial-before on slope: 3
spatial-before on smiles: 3
spatial-before on smiling: 2
spatial-before on sneakers: 3
spatial-before on snow: 14
spatial-before on snowboard: 8
spatial-before on snowboarding: 3
spatial-before on snuggling: 2
spatial-before on soccer: 9
spatial-before on something: 6
spatial-before on spoon: 4
spatial-before on spread: 2
spatial-before on sprinkles: 2
spatial-before on stacked: 8
spatial-before on stance: 2
spatial-before on stand: 20
spatial-before on standing: 378
spatial-before on stands: 38
spatial-before on star: 3
spatial-before on station: 2
spatial-before on statue: 4
spatial-before on still: 4
spatial-before on stomping: 2
spatial-before on stool: 2
spatial-before on stop: 3
spatial-before on stopped: 10
spatial-before on stopping: 2
spatial-before on store: 3
spatial-before on stores: 2
spatial-before on strawberries: 3
spatial-before on street: 5
spatial-before on strings: 2
spatial-before on stripe: 2
spatial-before on stripes: 2
spatial-before on stting: 2
spatial-before on stuff: 2
spatial-before on stunt: 3
spatial-before on stunts: 2
spatial-before on suit: 2
spatial-before on suitcase: 2
spatial-before on suitcases: 5
spatial-before on sun: 2
spatial-before on surf: 3
spatial-before on surfboard: 17
spatial-before on surfboards: 8
spatial-before on surfer: 2
spatial-before on surfing: 17
spatial-before on surfs: 2
spatial-before on swimming: 2
spatial-before on symbol: 2
spatial-before on table: 4
spatial-before on tags: 7
spatial-before on talking: 6
spatial-before on television: 2
spatial-before on tennis: 39
spatial-before on the side advertisement: 3
spatial-before on the side chips: 2
spatial-before on the side of advertisement: 3
spatial-before on the side of are: 6
spatial-before on the side of board: 3
spatial-before on the side of bus: 3
spatial-before on the side of clock: 8
spatial-before on the side of grass: 3
spatial-before on the side of grazing: 2
spatial-before on the side of hydrant: 7
spatial-before on the side of is: 11
spatial-before on the side of located: 2
spatial-before on the side of meter: 4
spatial-before on the side of motorcycle: 4
spatial-before on the side of other: 2
spatial-before on the side of parked: 39
spatial-before on the side of resting: 3
spatial-before on the side of shown: 3
spatial-before on the side of sign: 8
spatial-before on the side of sits: 4
spatial-before on the side of sitting: 42
spatial-before on the side of skateboard: 5
spatial-before on the side of sleeping: 2
spatial-before on the side of standing: 14
spatial-before on the side of stands: 3
spatial-before on the side of stopped: 2
spatial-before on the side of up: 2
spatial-before on the side of walking: 2
spatial-before on the side parked: 3
spatial-before on the side standing: 2
spatial-before on them: 3
spatial-before on things: 3
spatial-before on tie: 2
spatial-before on time: 2
spatial-before on together: 25
spatial-before on tomatoes: 5
spatial-before on tools: 2
spatial-before on top: 4
spatial-before on toppings: 6
spatial-before on tops: 2
spatial-before on towel: 3
spatial-before on tower: 12
spatial-before on track: 3
spatial-before on traffic: 7
spatial-before on train: 46
spatial-before on trains: 3
spatial-before on travel: 2
spatial-before on traveling: 17
spatial-before on travelling: 3
spatial-before on tray: 3
spatial-before on trays: 2
spatial-before on trees: 4
spatial-before on trick: 41
spatial-before on tricks: 20
spatial-before on truck: 15
spatial-before on tulips: 2
spatial-before on turn: 2
spatial-before on turns: 2
spatial-before on tv: 6
spatial-before on types: 3
spatial-before on typing: 6
spatial-before on umbrella: 16
spatial-before on umbrellas: 4
spatial-before on uniform: 3
spatial-before on uniforms: 2
spatial-before on up: 46
spatial-before on vase: 9
spatial-before on vases: 2
spatial-before on vegetables: 17
spatial-before on vehicles: 4
spatial-before on waiting: 7
spatial-before on walk: 7
spatial-before on walking: 60
spatial-before on walks: 6
spatial-before on wall: 2
spatial-before on walls: 2
spatial-before on watch: 2
spatial-before on water: 12
spatial-before on wave: 40
spatial-before on waves: 11
spatial-before on wetsuit: 2
spatial-before on while: 9
spatial-before on wii: 2
spatial-before on windows: 2
spatial-before on wine: 6
spatial-before on wires: 2
spatial-before on woman: 29
spatial-before on women: 3
spatial-before on words: 2
spatial-before on work: 4
spatial-before on working: 14
spatial-before on works: 2
spatial-before on writes: 2
spatial-before on writing: 11
spatial-before on written: 4
spatial-before on zebra: 2
spatial-before on zebras: 4
spatial-before out of bite: 5
spatial-before out of coming: 9
spatial-before out of drinking: 3
spatial-before out of eating: 6
spatial-before out of hanging: 4
spatial-before out of head: 9
spatial-before out of looking: 5
spatial-before out of pizza: 2
spatial-before out of stares: 2
spatial-before out of sticking: 11
spatial-before out of taken: 3
spatial-before out of turkey: 2
spatial-before out of walking: 5
spatial-before out of water: 3
spatial-before outside appliances: 2
spatial-before outside are: 5
spatial-before outside bench: 4
spatial-before outside cat: 3
spatial-before outside clock: 2
spatial-before outside dog: 3
spatial-before outside field: 4
spatial-before outside fire: 2
spatial-before outside food: 4
spatial-before outside frisbee: 4
spatial-before outside from: 2
spatial-before outside grass: 2
spatial-before outside head: 2
spatial-before outside hydrant: 2
spatial-before outside is: 5
spatial-before outside looking: 6
spatial-before outside man: 2
spatial-before outside motorcycle: 3
spatial-before outside parked: 16
spatial-before outside people: 5
spatial-before outside placed: 2
spatial-before outside poles: 2
spatial-before outside pond: 2
spatial-before outside right: 2
spatial-before outside road: 2
spatial-before outside sidewalk: 2
spatial-before outside sign: 6
spatial-before outside sit: 4
spatial-before outside sits: 4
spatial-before outside sitting: 20
spatial-before outside skateboard: 4
spatial-before outside stand: 2
spatial-before outside standing: 28
spatial-before outside stands: 2
spatial-before outside street: 2
spatial-before outside table: 6
spatial-before outside tables: 3
spatial-before outside together: 6
spatial-before outside truck: 2
spatial-before outside umbrella: 2
spatial-before outside up: 4
spatial-before outside walk: 2
spatial-before outside water: 2
spatial-before surrounded by bench: 8
spatial-before surrounded by clock: 3
spatial-before surrounded by field: 2
spatial-before surrounded by grass: 3
spatial-before surrounded by is: 10
spatial-before surrounded by lake: 3
spatial-before surrounded by refrigerator: 2
spatial-before surrounded by road: 2
spatial-before surrounded by street: 2
spatial-before surrounded by track: 2
spatial-before surrounded by woods: 2
spatial-before surrounding buildings: 2
spatial-before the bottom at: 12
spatial-before the bottom in: 2
spatial-before the bottom into: 2
spatial-before the bottom of: 2
spatial-before the bottom on: 2
spatial-before the bottom onto: 2
spatial-before the right on: 3
spatial-before the right to: 3
spatial-before the top at: 37
spatial-before the top from: 2
spatial-before the top in: 3
spatial-before the top on: 26
spatial-before the top over: 4
spatial-before the top to: 5
spatial-before touching and: 2
spatial-before touching lean: 2
spatial-before touching leaning: 20
spatial-before touching leans: 3
spatial-before touching man: 2
spatial-before touching propped: 3
spatial-before touching set: 4
spatial-before touching standing: 2
spatial-before touching up: 24
spatial-before touching woman: 2
spatial-before toward air: 2
spatial-before toward coming: 2
spatial-before toward flying: 2
spatial-before toward going: 2
spatial-before toward head: 2
spatial-before toward look: 2
spatial-before toward looking: 7
spatial-before toward looks: 2
spatial-before toward out: 3
spatial-before toward pointing: 2
spatial-before toward reaching: 2
spatial-before toward running: 4
spatial-before toward runs: 3
spatial-before toward up: 3
spatial-before toward walking: 9
spatial-before toward walks: 4
spatial-before under and: 2
spatial-before under asleep: 2
spatial-before under beach: 3
spatial-before under bear: 2
spatial-before under bed: 4
spatial-before under bench: 5
spatial-before under benches: 2
spatial-before under building: 2
spatial-before under chairs: 2
spatial-before under chicken: 2
spatial-before under field: 4
spatial-before under from: 5
spatial-before under going: 2
spatial-before under grass: 2
spatial-before under hiding: 3
spatial-before under is: 5
spatial-before under kitchen: 2
spatial-before under laying: 3
spatial-before under light: 3
spatial-before under paddle: 2
spatial-before under parked: 3
spatial-before under passes: 2
spatial-before under passing: 2
spatial-before under people: 2
spatial-before under sidewalk: 3
spatial-before under sign: 5
spatial-before under sink: 6
spatial-before under sit: 3
spatial-before under sits: 2
spatial-before under sitting: 26
spatial-before under standing: 20
spatial-before under stands: 5
spatial-before under station: 2
spatial-before under street: 4
spatial-before under surfboard: 2
spatial-before under surfboards: 2
spatial-before under table: 3
spatial-before under toilet: 2
spatial-before under track: 2
spatial-before under tracks: 6
spatial-before under traveling: 4
spatial-det above det: 367
spatial-det above none: 86
spatial-det across from det: 8
spatial-det across from none: 9
spatial-det around det: 190
spatial-det around none: 41
spatial-det at the back of det: 67
spatial-det at the back of none: 10
spatial-det at the front of det: 2
spatial-det at the front of none: 5
spatial-det attached to det: 51
spatial-det attached to none: 22
spatial-det away from det: 14
spatial-det away from none: 3
spatial-det behind det: 183
spatial-det behind none: 136
spatial-det below det: 20
spatial-det below none: 10
spatial-det between det: 29
spatial-det between none: 32
spatial-det contains det: 9
spatial-det contains none: 6
spatial-det down det: 217
spatial-det down none: 5
spatial-det facing away from det: 2
spatial-det facing det: 25
spatial-det facing none: 3
spatial-det far from det: 2
spatial-det in front of det: 600
spatial-det in front of none: 117
spatial-det in the middle det: 2
spatial-det in the middle none: 14
spatial-det in the middle of det: 123
spatial-det in the middle of none: 9
spatial-det inside det: 4467
spatial-det inside none: 263
spatial-det into det: 169
spatial-det into none: 29
spatial-det is part of det: 2
spatial-det near det: 1046
spatial-det near none: 202
spatial-det next to det: 1262
spatial-det next to none: 303
spatial-det on det: 6231
spatial-det on its back none: 10
spatial-det on none: 607
spatial-det on the side none: 39
spatial-det on the side of det: 245
spatial-det on the side of none: 8
spatial-det out of det: 88
spatial-det out of none: 16
spatial-det outside det: 120
spatial-det outside none: 151
spatial-det surrounded by det: 12
spatial-det surrounded by none: 67
spatial-det surrounding det: 8
spatial-det surrounding none: 4
spatial-det the bottom none: 25
spatial-det the left none: 2
spatial-det the right none: 8
spatial-det the top none: 95
spatial-det touching det: 100
spatial-det touching none: 13
spatial-det toward det: 78
spatial-det toward none: 12
spatial-det under det: 197
spatial-det under none: 65
spoon: 49
square: 23
squirrel: 1
standing: 1628
stands: 152
station: 69
statue: 70
steak: 4
stone: 90
stool: 17
stop sign: 152
store: 89
straw: 7
strawberry: 32
street: 1173
street sign: 207
striped: 38
stuffed: 77
stuffed animal: 71
suitcase: 92
sunny: 66
surfboard: 286
surfer: 120
surprised: 2
surrounded by: 79
surrounding: 12
sushi: 5
swan: 11
sweater: 9
table: 1177
tablet: 2
taco: 1
tall: 220
tea: 14
teal: 6
teddy bear: 219
ten: 1
tennis ball: 123
tennis player: 196
tennis racket: 215
tent: 16
terrier: 1
the bottom: 26
the left: 2
the right: 8
the top: 95
thick: 14
thin: 7
three: 335
throwing: 45
throws: 16
tie: 135
tiger: 2
toaster: 15
toilet: 248
tomato: 46
touching: 113
toward: 90
towel: 46
tower: 49
traffic light: 114
train: 710
tram: 22
tray: 88
tree: 479
triangular: 1
truck: 197
turtle: 1
tv: 166
two: 1511
undecorated: 2
under: 262
uniformed: 1
unigram above: 153
unigram accent: 1
unigram accents: 8
unigram accessories: 6
unigram accessory: 1
unigram action: 22
unigram ad: 3
unigram ads: 1
unigram adult: 71
unigram adults: 31
unigram advertisement: 13
unigram advertisements: 2
unigram africa: 3
unigram against: 110
unigram age: 2
unigram aged: 6
unigram ages: 2
unigram air: 296
unigram aircraft: 8
unigram airline: 5
unigram airliner: 9
unigram airlines: 4
unigram airplane: 172
unigram airplanes: 17
unigram airport: 93
unigram alcohol: 8
unigram alley: 5
unigram alongside: 16
unigram aluminum: 4
unigram amount: 8
unigram amusement: 3
unigram angle: 5
unigram angles: 3
unigram angry: 3
unigram animal: 75
unigram animals: 130
unigram antelope: 5
unigram antique: 14
unigram apartment: 15
unigram apartments: 1
unigram appear: 3
unigram appears: 24
unigram apple: 48
unigram apples: 72
unigram appliance: 2
unigram appliances: 56
unigram approach: 2
unigram approaches: 8
unigram apron: 6
unigram aquarium: 4
unigram arch: 4
unigram arches: 3
unigram area: 367
unigram areas: 4
unigram arena: 3
unigram arm: 17
unigram armchair: 3
unigram arms: 24
unigram army: 9
unigram around: 364
unigram arrangement: 9
unigram arrangements: 1
unigram array: 3
unigram arrives: 3
unigram arrow: 8
unigram arrows: 6
unigram art: 22
unigram arts: 3
unigram artwork: 4
unigram asia: 3
unigram asphalt: 3
unigram assembly: 3
unigram assorted: 27
unigram assortment: 25
unigram athlete: 4
unigram athletes: 5
unigram atm: 6
unigram atop: 34
unigram attachment: 3
unigram attempt: 2
unigram attempts: 7
unigram attire: 9
unigram audience: 12
unigram automobile: 1
unigram automobiles: 2
unigram avenue: 8
unigram await: 1
unigram award: 1
unigram awards: 3
unigram awning: 3
unigram babies: 3
unigram baby: 177
unigram back: 209
unigram backdrop: 7
unigram background: 259
unigram backpack: 13
unigram backpacks: 6
unigram backs: 10
unigram backyard: 14
unigram bacon: 11
unigram badminton: 3
unigram bag: 71
unigram bagel: 8
unigram bagels: 2
unigram baggage: 5
unigram bags: 23
unigram baked: 16
unigram bakery: 12
unigram balance: 6
unigram balances: 6
unigram balcony: 8
unigram ball: 476
unigram balloon: 8
unigram balloons: 9
unigram balls: 15
unigram bamboo: 5
unigram banana: 126
unigram bananas: 181
unigram bandana: 4
unigram bank: 12
unigram banks: 1
unigram banner: 5
unigram banquet: 3
unigram bar: 48
unigram barge: 3
unigram barn: 13
unigram barrel: 3
unigram barrier: 10
unigram barriers: 1
unigram bars: 6
unigram bartender: 4
unigram base: 53
unigram baseball: 620
unigram baseballs: 2
unigram basement: 3
unigram bases: 4
unigram basin: 5
unigram basins: 1
unigram basket: 29
unigram basketball: 10
unigram baskets: 11
unigram bat: 224
unigram batch: 3
unigram batches: 1
unigram bath: 41
unigram bathrobe: 3
unigram bathroom: 601
unigram baths: 1
unigram bathtub: 36
unigram bats: 13
unigram batter: 76
unigram batters: 1
unigram bay: 12
unigram bays: 1
unigram beach: 474
unigram beaches: 1
unigram bead: 2
unigram beads: 2
unigram beak: 8
unigram beaks: 1
unigram beam: 1
unigram beams: 2
unigram bean: 2
unigram beanie: 3
unigram beans: 28
unigram bear: 384
unigram beard: 13
unigram bears: 139
unigram bed: 470
unigram bedroom: 80
unigram beds: 22
unigram bedspread: 8
unigram beef: 12
unigram beer: 49
unigram beers: 6
unigram behind: 325
unigram beige: 18
unigram bell: 6
unigram belly: 5
unigram below: 32
unigram belt: 6
unigram ben: 15
unigram bench: 410
unigram benches: 37
unigram beneath: 20
unigram berries: 8
unigram berry: 4
unigram beside: 156
unigram between: 85
unigram beverage: 15
unigram beverages: 14
unigram bicycle: 116
unigram bicycles: 28
unigram bicyclist: 9
unigram bicyclists: 3
unigram bidet: 5
unigram big: 236
unigram bigger: 2
unigram bike: 156
unigram bikers: 8
unigram bikes: 51
unigram bikini: 5
unigram bikinis: 5
unigram billboard: 8
unigram billboards: 1
unigram bin: 5
unigram bins: 1
unigram biplane: 7
unigram bird: 245
unigram birds: 100
unigram birthday: 50
unigram bit: 4
unigram bite: 32
unigram bites: 1
unigram bits: 3
unigram black: 806
unigram blackboard: 4
unigram blade: 3
unigram blanket: 65
unigram blankets: 22
unigram blazer: 3
unigram blazers: 2
unigram bleacher: 1
unigram bleachers: 5
unigram blender: 38
unigram blenders: 1
unigram blind: 1
unigram blinder: 2
unigram blinders: 1
unigram blinds: 4
unigram block: 20
unigram blocks: 4
unigram blond: 5
unigram blonde: 10
unigram blow: 8
unigram blows: 3
unigram blue: 542
unigram blueberry: 3
unigram blur: 3
unigram blurs: 1
unigram boar: 2
unigram board: 296
unigram boarder: 22
unigram boarders: 5
unigram boards: 40
unigram boardwalk: 3
unigram boars: 1
unigram boat: 225
unigram boats: 118
unigram body: 95
unigram boiled: 1
unigram bomb: 4
unigram bone: 1
unigram bones: 3
unigram boogie: 7
unigram book: 92
unigram bookcase: 14
unigram books: 55
unigram bookshelf: 7
unigram bookshelves: 7
unigram boot: 1
unigram booth: 9
unigram boots: 15
unigram border: 3
unigram borders: 1
unigram boston: 4
unigram bottle: 93
unigram bottles: 45
unigram boulder: 3
unigram boulders: 1
unigram bouquet: 4
unigram bouquets: 1
unigram bow: 19
unigram bowl: 281
unigram bowls: 44
unigram bows: 2
unigram box: 114
unigram boxes: 38
unigram boy: 425
unigram boys: 65
unigram bracelet: 1
unigram branch: 66
unigram branches: 15
unigram brand: 2
unigram brands: 1
unigram bread: 68
unigram breads: 3
unigram break: 12
unigram breakfast: 27
unigram brick: 95
unigram bricks: 1
unigram bride: 24
unigram brides: 2
unigram bridge: 85
unigram briefcase: 7
unigram bright: 52
unigram broadway: 3
unigram broccoli: 153
unigram broken: 31
unigram bronx: 3
unigram bronze: 3
unigram broth: 4
unigram brow: 3
unigram brown: 360
unigram brunette: 2
unigram brush: 32
unigram brushes: 6
unigram bubble: 4
unigram bucket: 12
unigram buckets: 4
unigram buddha: 5
unigram buffalo: 5
unigram buffet: 8
unigram buggies: 1
unigram buggy: 5
unigram building: 610
unigram buildings: 148
unigram bull: 22
unigram bulls: 4
unigram bun: 25
unigram bunch: 229
unigram bunches: 18
unigram bunk: 4
unigram bunny: 5
unigram buns: 8
unigram bunt: 4
unigram burger: 10
unigram burgers: 2
unigram burgundy: 4
unigram burner: 3
unigram burners: 2
unigram burrito: 5
unigram bus: 633
unigram buses: 62
unigram bush: 14
unigram bushes: 27
unigram business: 27
unigram businesses: 2
unigram businessman: 3
unigram busy: 104
unigram butter: 10
unigram butterflies: 2
unigram butterfly: 2
unigram button: 5
unigram buttons: 6
unigram by: 695
unigram cab: 5
unigram cabbage: 3
unigram cabinet: 31
unigram cabinetry: 5
unigram cabinets: 74
unigram cable: 4
unigram cables: 1
unigram caboose: 3
unigram cabooses: 1
unigram cafe: 8
unigram cafeteria: 6
unigram cage: 29
unigram cages: 2
unigram cake: 350
unigram cakes: 30
unigram calculator: 6
unigram calf: 17
unigram california: 3
unigram camera: 154
unigram cameras: 3
unigram camp: 3
unigram campaign: 3
unigram can: 65
unigram canal: 7
unigram candle: 20
unigram candles: 40
unigram canoe: 10
unigram canoes: 1
unigram canopy: 9
unigram cans: 4
unigram canvas: 3
unigram cap: 13
unigram caps: 3
unigram car: 277
unigram card: 2
unigram cardboard: 12
unigram cards: 4
unigram cargo: 13
unigram carpet: 13
unigram carriage: 39
unigram carriages: 2
unigram carrier: 4
unigram carries: 12
unigram carrot: 30
unigram carrots: 83
unigram carry: 5
unigram carrying: 84
unigram cars: 264
unigram cart: 54
unigram cartoon: 6
unigram carts: 9
unigram case: 52
unigram cases: 9
unigram casserole: 3
unigram castle: 7
unigram cat: 782
unigram catch: 51
unigram catcher: 44
unigram catchers: 7
unigram catches: 7
unigram cathedral: 4
unigram cats: 56
unigram cattle: 47
unigram cauliflower: 4
unigram cave: 8
unigram ceiling: 26
unigram celebrates: 4
unigram celebration: 3
unigram celery: 5
unigram cell: 218
unigram cellphone: 50
unigram cellphones: 10
unigram cement: 27
unigram cemetery: 3
unigram centerpiece: 3
unigram ceramic: 5
unigram chain: 26
unigram chains: 3
unigram chair: 273
unigram chairs: 118
unigram chalkboard: 5
unigram champagne: 3
unigram chandelier: 6
unigram change: 2
unigram changes: 3
unigram character: 3
unigram characters: 4
unigram chases: 1
unigram check: 5
unigram checked: 3
unigram checkered: 7
unigram checks: 3
unigram cheerful: 1
unigram cheese: 86
unigram cheeseburger: 2
unigram cheesecake: 4
unigram cheeses: 4
unigram chef: 6
unigram chefs: 6
unigram cherries: 1
unigram cherry: 3
unigram chest: 4
unigram chicago: 3
unigram chicken: 38
unigram chickens: 1
unigram child: 231
unigram children: 164
unigram chili: 10
unigram china: 3
unigram chip: 3
unigram chips: 15
unigram chocolate: 48
unigram choose: 1
unigram chopped: 14
unigram chopsticks: 6
unigram christmas: 31
unigram chrome: 4
unigram church: 39
unigram cigar: 1
unigram cigarette: 22
unigram cigarettes: 3
unigram cigars: 2
unigram cilantro: 4
unigram cinnamon: 4
unigram circle: 6
unigram circles: 1
unigram circular: 8
unigram circus: 6
unigram cities: 1
unigram citrus: 3
unigram city: 479
unigram cityscape: 4
unigram class: 9
unigram classroom: 11
unigram clay: 11
unigram clean: 53
unigram clear: 63
unigram cliff: 3
unigram cliffs: 1
unigram clock: 477
unigram clocks: 27
unigram closed: 20
unigram closet: 8
unigram closeup: 27
unigram cloth: 18
unigram clothe: 1
unigram clothes: 22
unigram cloths: 4
unigram cloud: 7
unigram clouds: 11
unigram cloudy: 59
unigram clown: 11
unigram clowns: 1
unigram club: 3
unigram cluster: 5
unigram clusters: 2
unigram coach: 12
unigram coast: 5
unigram coat: 25
unigram coats: 5
unigram cob: 3
unigram cobblestone: 5
unigram coconut: 2
unigram coconuts: 2
unigram coffee: 72
unigram coin: 9
unigram cold: 8
unigram collage: 14
unigram collar: 13
unigram collection: 17
unigram color: 22
unigram colorful: 118
unigram colors: 31
unigram comb: 1
unigram combination: 5
unigram combinations: 1
unigram combs: 2
unigram come: 11
unigram comes: 6
unigram comforter: 12
unigram comforters: 1
unigram commode: 5
unigram commuter: 23
unigram commuters: 3
unigram compartment: 4
unigram compartments: 3
unigram compete: 1
unigram competes: 2
unigram competition: 13
unigram competitor: 1
unigram competitors: 2
unigram component: 2
unigram components: 1
unigram computer: 412
unigram computers: 64
unigram concrete: 32
unigram condiments: 12
unigram cone: 6
unigram cones: 15
unigram conference: 3
unigram consists: 2
unigram construction: 17
unigram contact: 3
unigram contain: 1
unigram container: 39
unigram containers: 27
unigram contains: 19
unigram contents: 5
unigram contraption: 4
unigram control: 38
unigram controller: 58
unigram controllers: 37
unigram controls: 9
unigram conversation: 3
unigram conversations: 1
unigram cook: 7
unigram cookie: 6
unigram cookies: 9
unigram cooking: 54
unigram cooks: 6
unigram cooler: 4
unigram coolers: 4
unigram cop: 5
unigram copper: 3
unigram cops: 2
unigram cord: 3
unigram cords: 5
unigram corgi: 1
unigram corn: 13
unigram corner: 137
unigram corral: 7
unigram costume: 20
unigram costumes: 4
unigram couch: 203
unigram couches: 29
unigram counter: 204
unigram counters: 12
unigram countertop: 8
unigram countertops: 3
unigram countries: 1
unigram country: 43
unigram countryside: 6
unigram couple: 433
unigram couples: 3
unigram course: 17
unigram court: 312
unigram courts: 1
unigram courtyard: 5
unigram cover: 18
unigram covers: 11
unigram cow: 141
unigram cowboy: 9
unigram cows: 145
unigram cracked: 1
unigram cracker: 3
unigram crackers: 11
unigram crafts: 4
unigram crane: 6
unigram cranes: 2
unigram crash: 1
unigram crate: 8
unigram crates: 2
unigram cream: 26
unigram crest: 7
unigram crib: 3
unigram croissant: 1
unigram croissants: 1
unigram cross: 64
unigram crosses: 8
unigram crosswalk: 17
unigram crow: 1
unigram crowd: 119
unigram crowded: 27
unigram crowds: 1
unigram crown: 1
unigram crowns: 3
unigram crows: 2
unigram cruise: 10
unigram crust: 13
unigram crusts: 1
unigram crystal: 3
unigram cub: 8
unigram cubicle: 3
unigram cubicles: 1
unigram cubs: 4
unigram cucumber: 1
unigram cucumbers: 3
unigram cup: 88
unigram cupboard: 3
unigram cupboards: 5
unigram cupcake: 17
unigram cupcakes: 8
unigram cups: 29
unigram curb: 65
unigram curbside: 3
unigram curtain: 31
unigram curtains: 13
unigram curve: 8
unigram cushion: 4
unigram cushions: 5
unigram customer: 1
unigram customers: 8
unigram cut: 76
unigram cuts: 13
unigram cutter: 4
unigram cutting: 105
unigram cycle: 4
unigram cycles: 5
unigram dachshunds: 1
unigram dad: 1
unigram dads: 1
unigram dairy: 5
unigram dark: 83
unigram dashboard: 5
unigram day: 164
unigram days: 1
unigram daytime: 6
unigram deck: 17
unigram decker: 52
unigram decor: 12
unigram decorated: 81
unigram decoration: 4
unigram decorations: 20
unigram deep: 10
unigram deli: 3
unigram deliveries: 1
unigram delivery: 7
unigram demonstrates: 1
unigram den: 6
unigram department: 4
unigram depict: 1
unigram depicts: 3
unigram depot: 4
unigram desert: 30
unigram deserted: 4
unigram deserts: 1
unigram design: 12
unigram designs: 5
unigram desk: 359
unigram desks: 6
unigram desktop: 43
unigram dessert: 32
unigram desserts: 11
unigram device: 23
unigram devices: 16
unigram diced: 5
unigram different: 216
unigram differing: 1
unigram dilapidated: 5
unigram dim: 1
unigram dime: 3
unigram diner: 6
unigram diners: 5
unigram dinner: 41
unigram dip: 5
unigram dips: 1
unigram direction: 21
unigram directions: 26
unigram dirt: 166
unigram dirty: 42
unigram disc: 24
unigram discs: 1
unigram dish: 61
unigram dishes: 25
unigram dishwasher: 9
unigram disk: 9
unigram dispenser: 9
unigram dispensers: 4
unigram display: 154
unigram displays: 16
unigram distance: 41
unigram district: 5
unigram dock: 29
unigram docks: 2
unigram doctor: 1
unigram doctors: 1
unigram dog: 712
unigram dogs: 135
unigram doll: 25
unigram dolls: 5
unigram dolphin: 3
unigram dolphins: 2
unigram domed: 3
unigram donkey: 7
unigram donkeys: 3
unigram donut: 36
unigram donuts: 73
unigram door: 123
unigram doors: 24
unigram doorway: 15
unigram dot: 2
unigram dots: 2
unigram dotted: 1
unigram double: 87
unigram double-decker: 9
unigram doubles: 10
unigram doughnut: 41
unigram doughnuts: 45
unigram down: 896
unigram downstairs: 1
unigram dozen: 5
unigram dozens: 5
unigram drawing: 5
unigram drawings: 1
unigram dress: 61
unigram dresser: 11
unigram dresses: 3
unigram dried: 9
unigram drink: 87
unigram drinks: 32
unigram drive: 13
unigram driver: 7
unigram drivers: 6
unigram drives: 33
unigram driveway: 12
unigram drop: 3
unigram drops: 3
unigram dry: 39
unigram dryer: 15
unigram dryers: 1
unigram duck: 13
unigram ducks: 10
unigram dug: 3
unigram dugout: 8
unigram dumpster: 5
unigram dusk: 12
unigram dust: 4
unigram duvet: 3
unigram dvd: 3
unigram dvds: 1
unigram eagle: 2
unigram ear: 13
unigram ears: 9
unigram east: 5
unigram eat: 49
unigram eatery: 4
unigram eating: 335
unigram eats: 20
unigram edge: 65
unigram edges: 4
unigram egg: 18
unigram eggs: 27
unigram egrets: 3
unigram elderly: 18
unigram electronics: 14
unigram elephant: 254
unigram elephants: 204
unigram elvis: 4
unigram embankment: 3
unigram emergencies: 1
unigram emergency: 3
unigram employee: 1
unigram employees: 3
unigram empty: 133
unigram enclosure: 69
unigram end: 40
unigram ends: 3
unigram engine: 40
unigram engines: 2
unigram england: 3
unigram enjoy: 10
unigram enjoys: 2
unigram enormous: 3
unigram entertainment: 6
unigram entrance: 9
unigram entree: 1
unigram entrees: 3
unigram entry: 3
unigram environment: 7
unigram equipment: 47
unigram euro: 1
unigram evening: 4
unigram event: 31
unigram exercise: 2
unigram exercises: 1
unigram exit: 6
unigram expanse: 4
unigram extends: 5
unigram extinguisher: 3
unigram eye: 14
unigram eyes: 23
unigram fabric: 3
unigram face: 116
unigram faces: 10
unigram facility: 3
unigram facing: 37
unigram factory: 9
unigram fall: 1
unigram falls: 4
unigram families: 2
unigram family: 40
unigram fan: 15
unigram fans: 5
unigram farm: 18
unigram farmer: 5
unigram farmers: 3
unigram fashion: 8
unigram father: 4
unigram fathers: 1
unigram faucet: 13
unigram feathers: 10
unigram features: 33
unigram fed: 8
unigram fedora: 2
unigram fedoras: 1
unigram feeder: 15
unigram feeding: 34
unigram feeds: 1
unigram feet: 23
unigram female: 44
unigram females: 5
unigram fence: 235
unigram fences: 4
unigram fern: 2
unigram ferns: 1
unigram few: 71
unigram field: 886
unigram fields: 2
unigram fighter: 12
unigram figure: 2
unigram figures: 11
unigram figurine: 2
unigram figurines: 7
unigram fill: 3
unigram fills: 3
unigram film: 3
unigram films: 2
unigram finger: 7
unigram fingers: 9
unigram fire: 288
unigram fireplace: 33
unigram fires: 1
unigram fish-eye: 1
unigram fixture: 3
unigram fixtures: 6
unigram flag: 43
unigram flags: 15
unigram flame: 1
unigram flames: 2
unigram flashlight: 4
unigram flies: 45
unigram flight: 11
unigram flights: 1
unigram flip: 19
unigram flips: 4
unigram float: 1
unigram floats: 4
unigram flock: 29
unigram floor: 187
unigram floors: 20
unigram floral: 12
unigram flower: 43
unigram flowered: 9
unigram flowers: 170
unigram flush: 3
unigram fly: 31
unigram foam: 5
unigram focus: 8
unigram fog: 3
unigram foil: 12
unigram foliage: 6
unigram follow: 2
unigram follows: 6
unigram fondant: 4
unigram food: 612
unigram foods: 37
unigram foot: 19
unigram football: 8
unigram foreground: 33
unigram forest: 78
unigram forested: 6
unigram fork: 81
unigram forks: 4
unigram form: 3
unigram formation: 10
unigram forms: 1
unigram fountain: 7
unigram fox: 2
unigram frame: 19
unigram frames: 1
unigram freeway: 7
unigram freezer: 17
unigram freezers: 2
unigram freight: 12
unigram french: 22
unigram fresh: 34
unigram fridge: 46
unigram fried: 19
unigram friend: 10
unigram friends: 29
unigram fries: 35
unigram frisbee: 268
unigram frisbees: 14
unigram frog: 2
unigram frosting: 20
unigram frowning: 2
unigram fruit: 159
unigram fruits: 43
unigram fry: 4
unigram full: 187
unigram fun: 13
unigram fur: 5
unigram furniture: 67
unigram game: 452
unigram games: 35
unigram garage: 15
unigram garbage: 16
unigram garden: 23
unigram gardens: 1
unigram garlic: 5
unigram gate: 20
unigram gates: 1
unigram gaze: 3
unigram gazelle: 1
unigram gazes: 1
unigram geese: 5
unigram gentleman: 10
unigram gentlemen: 1
unigram gesture: 1
unigram gestures: 2
unigram get: 36
unigram gets: 22
unigram giant: 31
unigram ginger: 1
unigram giraffe: 285
unigram giraffes: 215
unigram girl: 385
unigram girls: 82
unigram give: 6
unigram gives: 7
unigram glass: 207
unigram glasses: 140
unigram glide: 1
unigram glides: 7
unigram glove: 15
unigram gloves: 8
unigram go: 35
unigram goat: 18
unigram goats: 22
unigram goers: 3
unigram goes: 11
unigram goggles: 5
unigram gold: 26
unigram golden: 8
unigram golf: 8
unigram goose: 4
unigram gourmet: 4
unigram gown: 3
unigram grab: 10
unigram grabs: 4
unigram graffiti: 60
unigram grandfather: 3
unigram granite: 7
unigram grapes: 7
unigram grass: 539
unigram grasses: 8
unigram grassy: 194
unigram gravel: 11
unigram gravy: 4
unigram gray: 85
unigram graze: 17
unigram grazes: 9
unigram green: 561
unigram greenery: 4
unigram greens: 22
unigram grey: 72
unigram grill: 13
unigram grilled: 15
unigram grills: 1
unigram grizzly: 6
unigram groceries: 3
unigram grocery: 5
unigram ground: 170
unigram group: 953
unigram groups: 8
unigram growth: 3
unigram guard: 6
unigram guest: 1
unigram guests: 5
unigram guide: 3
unigram guides: 2
unigram guitar: 11
unigram guitars: 2
unigram gun: 4
unigram guy: 105
unigram guys: 38
unigram gym: 7
unigram habitat: 16
unigram hair: 67
unigram hairbrush: 5
unigram haircut: 4
unigram hairs: 1
unigram hall: 11
unigram hallway: 10
unigram halve: 1
unigram halves: 5
unigram ham: 19
unigram hamburger: 10
unigram hamburgers: 1
unigram hammer: 3
unigram hammock: 4
unigram hammocks: 1
unigram hams: 1
unigram hand: 237
unigram handbag: 1
unigram handicap: 6
unigram handkerchief: 3
unigram handle: 16
unigram handlers: 3
unigram handles: 5
unigram hands: 86
unigram hang: 10
unigram hanger: 6
unigram hangs: 14
unigram happy: 23
unigram harbor: 24
unigram hardwood: 6
unigram harness: 7
unigram hat: 137
unigram hats: 22
unigram hawk: 3
unigram hay: 41
unigram head: 168
unigram headbands: 1
unigram headlights: 3
unigram headphones: 15
unigram heads: 27
unigram heart: 9
unigram hearts: 1
unigram heat: 2
unigram heats: 1
unigram heel: 1
unigram heels: 8
unigram height: 3
unigram heights: 1
unigram helmet: 46
unigram helmets: 8
unigram help: 5
unigram helps: 4
unigram herb: 1
unigram herbs: 4
unigram herd: 157
unigram high: 103
unigram highway: 29
unigram highways: 1
unigram hill: 138
unigram hills: 12
unigram hillside: 19
unigram hip: 3
unigram hippo: 1
unigram hips: 1
unigram hit: 105
unigram hits: 15
unigram hitter: 3
unigram hockey: 7
unigram hold: 20
unigram holder: 14
unigram holders: 6
unigram holding: 1138
unigram holds: 122
unigram hole: 17
unigram holes: 12
unigram hollywood: 3
unigram home: 88
unigram homes: 3
unigram honey: 5
unigram hood: 20
unigram hoodie: 2
unigram horn: 2
unigram horns: 10
unigram horse: 375
unigram horseback: 9
unigram horses: 203
unigram hospital: 11
unigram hot: 110
unigram hotdog: 24
unigram hotdogs: 7
unigram hotel: 56
unigram hour: 1
unigram hours: 3
unigram house: 91
unigram houses: 22
unigram hover: 1
unigram hovers: 1
unigram huge: 37
unigram hut: 3
unigram huts: 1
unigram hydrant: 238
unigram hydrants: 11
unigram ice: 26
unigram iced: 3
unigram icing: 15
unigram identical: 4
unigram illuminated: 9
unigram image: 164
unigram images: 16
unigram in: 7661
unigram include: 8
unigram includes: 21
unigram indian: 3
unigram indicates: 1
unigram individual: 12
unigram individuals: 3
unigram indoor: 20
unigram ingredients: 13
unigram inside: 251
unigram instruction: 1
unigram instructions: 4
unigram instructor: 3
unigram interact: 3
unigram interest: 1
unigram interior: 8
unigram intersection: 108
unigram into: 230
unigram ipod: 4
unigram iron: 13
unigram island: 19
unigram item: 7
unigram items: 90
unigram jacket: 66
unigram jackets: 13
unigram jar: 10
unigram jars: 10
unigram jean: 5
unigram jeans: 7
unigram jeep: 10
unigram jelly: 3
unigram jersey: 8
unigram jerseys: 2
unigram jet: 68
unigram jetliner: 13
unigram jets: 12
unigram jewelry: 5
unigram jockey: 5
unigram jockeys: 10
unigram joke: 3
unigram juice: 19
unigram jump: 49
unigram jumps: 26
unigram jungle: 4
unigram junk: 6
unigram kangaroo: 1
unigram ketchup: 9
unigram kettle: 6
unigram key: 3
unigram keyboard: 149
unigram keyboards: 8
unigram keys: 2
unigram kicking: 18
unigram kid: 66
unigram kids: 66
unigram kind: 25
unigram kinds: 18
unigram kiosk: 3
unigram kiss: 3
unigram kisses: 3
unigram kit: 2
unigram kitchen: 524
unigram kitchens: 1
unigram kite: 246
unigram kites: 106
unigram kits: 3
unigram kitten: 36
unigram kitty: 9
unigram kiwi: 2
unigram kiwis: 1
unigram knee: 5
unigram kneeling: 21
unigram kneels: 4
unigram knees: 7
unigram knife: 66
unigram knives: 4
unigram lab: 4
unigram ladies: 11
unigram lady: 84
unigram lake: 71
unigram lamb: 3
unigram lambs: 3
unigram lamp: 43
unigram lamppost: 2
unigram lamps: 10
unigram land: 22
unigram landing: 14
unigram lands: 2
unigram landscape: 14
unigram lane: 16
unigram lanes: 3
unigram language: 6
unigram languages: 3
unigram lap: 46
unigram lapel: 3
unigram laps: 1
unigram laptop: 453
unigram laptops: 23
unigram large: 1058
unigram larger: 11
unigram laugh: 2
unigram laughing: 12
unigram laughs: 6
unigram laundry: 3
unigram lawn: 19
unigram lay: 17
unigram layer: 7
unigram laying: 359
unigram lays: 21
unigram lead: 3
unigram leads: 6
unigram leaf: 8
unigram league: 15
unigram lean: 4
unigram leans: 19
unigram leash: 24
unigram leashes: 2
unigram leather: 14
unigram leathers: 1
unigram leave: 3
unigram leaves: 53
unigram led: 3
unigram ledge: 30
unigram left: 33
unigram leg: 13
unigram lego: 6
unigram legos: 1
unigram legs: 22
unigram lemon: 10
unigram lemons: 8
unigram lens: 8
unigram leopard: 5
unigram letter: 1
unigram letters: 4
unigram lettuce: 19
unigram level: 3
unigram levels: 2
unigram library: 10
unigram lick: 1
unigram licks: 4
unigram lid: 30
unigram lie: 8
unigram lies: 24
unigram life: 12
unigram lifeguard: 4
unigram lift: 14
unigram light: 236
unigram lighted: 11
unigram lighthouse: 4
unigram lights: 126
unigram limb: 6
unigram limbs: 2
unigram lime: 7
unigram limes: 2
unigram line: 96
unigram linen: 2
unigram linens: 2
unigram liner: 3
unigram lines: 14
unigram lingerie: 3
unigram lion: 1
unigram lip: 1
unigram lips: 6
unigram liquor: 3
unigram lit: 62
unigram little: 294
unigram livestock: 4
unigram lizard: 3
unigram llama: 5
unigram load: 6
unigram loads: 2
unigram loaf: 4
unigram lobby: 7
unigram location: 3
unigram locations: 3
unigram log: 16
unigram logo: 12
unigram logs: 4
unigram london: 9
unigram long: 168
unigram long-haired: 2
unigram longhorn: 4
unigram look: 81
unigram looks: 129
unigram lose: 1
unigram loses: 1
unigram lot: 229
unigram lots: 99
unigram low: 23
unigram luggage: 146
unigram lunch: 21
unigram lying: 90
unigram mac: 3
unigram macaroni: 6
unigram machine: 24
unigram machinery: 4
unigram machines: 9
unigram madison: 3
unigram magazine: 3
unigram magazines: 4
unigram magnets: 8
unigram make: 18
unigram maker: 4
unigram makes: 27
unigram makeup: 5
unigram male: 96
unigram males: 8
unigram man: 2914
unigram mane: 4
unigram maneuver: 2
unigram maneuvers: 1
unigram mannequins: 4
unigram mans: 4
unigram many: 275
unigram map: 16
unigram marble: 12
unigram marina: 7
unigram mark: 1
unigram marker: 5
unigram markers: 6
unigram market: 61
unigram marks: 4
unigram marsh: 5
unigram mary: 3
unigram mask: 3
unigram mass: 3
unigram massive: 5
unigram mast: 4
unigram mat: 9
unigram match: 45
unigram matches: 1
unigram matching: 11
unigram material: 3
unigram materials: 4
unigram mattress: 7
unigram meadow: 8
unigram meal: 70
unigram meals: 6
unigram meat: 99
unigram meatball: 1
unigram meatballs: 2
unigram meats: 7
unigram media: 1
unigram medicine: 4
unigram medium: 7
unigram member: 3
unigram members: 2
unigram memorabilia: 4
unigram memorial: 3
unigram men: 446
unigram menu: 4
unigram mess: 5
unigram message: 7
unigram messages: 1
unigram messy: 20
unigram metal: 98
unigram metallic: 12
unigram meter: 75
unigram meters: 19
unigram metro: 7
unigram mexican: 6
unigram mice: 2
unigram microphone: 13
unigram microwave: 66
unigram microwaves: 3
unigram midst: 6
unigram milk: 25
unigram milkshake: 5
unigram mini: 9
unigram miniature: 4
unigram mint: 3
unigram mirror: 207
unigram mirrors: 15
unigram miss: 1
unigram misses: 1
unigram mitt: 7
unigram mixed: 14
unigram mixer: 3
unigram mixture: 3
unigram model: 10
unigram models: 1
unigram modern: 54
unigram mom: 3
unigram moms: 1
unigram monitor: 80
unigram monitors: 52
unigram monkey: 5
unigram monkeys: 1
unigram moon: 17
unigram moped: 8
unigram mopeds: 5
unigram morning: 4
unigram mosaic: 3
unigram mosquito: 5
unigram mote: 2
unigram motel: 3
unigram motes: 3
unigram mother: 38
unigram mothers: 1
unigram motion: 10
unigram motor: 51
unigram motorbike: 4
unigram motorbikes: 4
unigram motorcycle: 314
unigram motorcycles: 106
unigram motorcyclist: 4
unigram motorcyclists: 9
unigram motorized: 1
unigram mound: 14
unigram mounds: 2
unigram mountain: 150
unigram mountains: 50
unigram mouse: 89
unigram mouth: 65
unigram mouths: 3
unigram move: 4
unigram movement: 3
unigram moves: 5
unigram movie: 6
unigram movies: 3
unigram mud: 5
unigram muddy: 6
unigram muffin: 5
unigram muffins: 2
unigram mug: 11
unigram mugs: 6
unigram multi-colored: 7
unigram multi-layer: 1
unigram multicolored: 11
unigram museum: 11
unigram mushroom: 4
unigram mushrooms: 9
unigram music: 5
unigram mustache: 4
unigram mustaches: 1
unigram mustang: 4
unigram mustard: 23
unigram name: 8
unigram names: 7
unigram nap: 8
unigram napkin: 11
unigram naps: 2
unigram narrow: 28
unigram nature: 3
unigram near: 855
unigram neck: 31
unigram necklace: 1
unigram necks: 2
unigram necktie: 1
unigram neckties: 2
unigram need: 2
unigram needs: 3
unigram neighborhood: 15
unigram neon: 13
unigram new: 17
unigram newspaper: 10
unigram newspapers: 2
unigram night: 126
unigram noodle: 1
unigram noodles: 18
unigram nose: 14
unigram noses: 1
unigram note: 3
unigram notebook: 12
unigram notebooks: 1
unigram notepad: 3
unigram notes: 3
unigram number: 64
unigram numbers: 7
unigram numerous: 6
unigram nurse: 1
unigram nuts: 10
unigram oak: 3
unigram oars: 3
unigram object: 28
unigram objects: 14
unigram observe: 1
unigram observes: 1
unigram obstacle: 13
unigram obstacles: 2
unigram ocean: 212
unigram oceans: 1
unigram office: 76
unigram officer: 14
unigram officers: 1
unigram oil: 5
unigram old: 303
unigram on: 9077
unigram onion: 9
unigram onions: 17
unigram onlooker: 2
unigram onlookers: 4
unigram onto: 63
unigram open: 295
unigram opening: 20
unigram opens: 5
unigram operate: 1
unigram operates: 2
unigram opponent: 3
unigram opponents: 1
unigram opposite: 18
unigram orange: 269
unigram oranges: 79
unigram order: 3
unigram origami: 3
unigram ornament: 4
unigram ornaments: 2
unigram ornate: 23
unigram ostrich: 3
unigram outdoor: 74
unigram outfield: 6
unigram outfit: 18
unigram outfits: 5
unigram outside: 363
unigram oval: 8
unigram oven: 132
unigram ovens: 1
unigram over: 423
unigram overcast: 6
unigram overlooks: 4
unigram overpass: 10
unigram overview: 3
unigram owls: 3
unigram owner: 9
unigram ox: 2
unigram oxen: 2
unigram pacifier: 4
unigram pack: 18
unigram package: 2
unigram packages: 2
unigram packed: 6
unigram packs: 1
unigram pad: 6
unigram paddle: 17
unigram paddles: 4
unigram paddock: 5
unigram pads: 3
unigram page: 2
unigram pages: 1
unigram painted: 80
unigram painting: 38
unigram paintings: 5
unigram pair: 121
unigram pairs: 3
unigram pajama: 1
unigram pajamas: 3
unigram palace: 3
unigram pallet: 4
unigram palm: 26
unigram pan: 55
unigram pancake: 3
unigram pancakes: 8
unigram panda: 12
unigram panel: 4
unigram panels: 1
unigram pans: 18
unigram pants: 22
unigram paper: 99
unigram papers: 18
unigram paperwork: 3
unigram para: 10
unigram parachute: 8
unigram parade: 8
unigram parasail: 3
unigram parasol: 4
unigram parasols: 2
unigram parent: 3
unigram parents: 6
unigram park: 285
unigram parka: 3
unigram parks: 3
unigram parmesan: 4
unigram parrots: 3
unigram parsley: 5
unigram part: 17
unigram parts: 4
unigram party: 26
unigram pass: 14
unigram passenger: 94
unigram passengers: 40
unigram passes: 17
unigram pasta: 21
unigram pastries: 25
unigram pastry: 33
unigram pasture: 47
unigram patch: 12
unigram patches: 4
unigram path: 43
unigram paths: 2
unigram pathway: 4
unigram patio: 17
unigram pattern: 7
unigram patterns: 3
unigram patties: 5
unigram patty: 1
unigram pauses: 3
unigram paved: 13
unigram pavement: 23
unigram paw: 9
unigram paws: 12
unigram pc: 4
unigram peach: 2
unigram peaches: 2
unigram peak: 4
unigram pear: 5
unigram pears: 11
unigram pedestal: 5
unigram peeks: 3
unigram peel: 8
unigram peels: 3
unigram peer: 2
unigram peers: 2
unigram peg: 1
unigram pegs: 2
unigram pen: 52
unigram pencil: 2
unigram pencils: 1
unigram pens: 7
unigram people: 1790
unigram pepper: 7
unigram pepperoni: 16
unigram peppers: 12
unigram pepsi: 5
unigram perch: 2
unigram perches: 6
unigram perform: 3
unigram performers: 3
unigram performs: 13
unigram period: 3
unigram person: 1011
unigram personnel: 3
unigram pet: 12
unigram petals: 4
unigram pets: 6
unigram petting: 23
unigram phone: 372
unigram phones: 38
unigram photo: 224
unigram photograph: 64
unigram photographer: 10
unigram photographers: 2
unigram photographs: 7
unigram photography: 3
unigram photos: 26
unigram piano: 9
unigram pickle: 5
unigram pickles: 5
unigram pickup: 17
unigram picnic: 35
unigram picture: 426
unigram pictures: 65
unigram pie: 34
unigram piece: 141
unigram pieces: 55
unigram pier: 14
unigram pies: 3
unigram pig: 7
unigram pigeon: 4
unigram pigeons: 9
unigram pigs: 3
unigram pile: 64
unigram piles: 6
unigram pillow: 21
unigram pillows: 26
unigram pin: 7
unigram pine: 4
unigram pineapple: 9
unigram pineapples: 6
unigram pink: 131
unigram pins: 1
unigram pipe: 15
unigram pipes: 9
unigram pirate: 3
unigram pirates: 1
unigram pit: 4
unigram pitch: 39
unigram pitcher: 35
unigram pitchers: 2
unigram pitches: 1
unigram pizza: 559
unigram pizzas: 43
unigram place: 30
unigram places: 6
unigram plaid: 15
unigram plain: 22
unigram plains: 5
unigram plane: 158
unigram planes: 31
unigram plank: 4
unigram plant: 37
unigram planter: 4
unigram planters: 5
unigram plants: 45
unigram plaque: 2
unigram plaques: 1
unigram plastic: 58
unigram plate: 807
unigram plates: 124
unigram platform: 51
unigram platforms: 1
unigram platter: 14
unigram platters: 3
unigram play: 70
unigram player: 408
unigram players: 127
unigram playground: 6
unigram plays: 32
unigram plaza: 8
unigram plenty: 4
unigram plow: 11
unigram plush: 4
unigram pocket: 4
unigram pockets: 3
unigram podium: 3
unigram point: 10
unigram points: 7
unigram pokes: 4
unigram pole: 155
unigram poles: 33
unigram police: 19
unigram policeman: 4
unigram polka: 3
unigram pond: 17
unigram ponies: 3
unigram pony: 9
unigram poodle: 5
unigram pool: 26
unigram porcelain: 4
unigram porch: 7
unigram pork: 4
unigram port: 6
unigram portion: 6
unigram portions: 1
unigram portrait: 18
unigram pose: 35
unigram poses: 38
unigram position: 11
unigram positions: 2
unigram post: 55
unigram poster: 6
unigram posters: 2
unigram posts: 4
unigram pot: 35
unigram potato: 4
unigram potatoes: 34
unigram pots: 16
unigram pottery: 7
unigram pours: 2
unigram powder: 3
unigram power: 13
unigram practice: 7
unigram practices: 1
unigram preparation: 3
unigram prepare: 6
unigram prepares: 33
unigram presentation: 3
unigram president: 7
unigram price: 3
unigram prices: 3
unigram princess: 6
unigram printer: 12
unigram process: 6
unigram product: 2
unigram products: 6
unigram progress: 5
unigram projector: 3
unigram prop: 5
unigram propeller: 10
unigram propellers: 2
unigram props: 1
unigram protrude: 1
unigram pub: 5
unigram pull: 7
unigram pulling: 75
unigram pulls: 14
unigram puppies: 1
unigram puppy: 21
unigram purple: 70
unigram purse: 7
unigram purses: 4
unigram pushes: 2
unigram pushing: 10
unigram put: 18
unigram puts: 6
unigram queen: 1
unigram queens: 4
unigram quiche: 3
unigram quiet: 11
unigram quilt: 5
unigram rabbit: 2
unigram race: 29
unigram racers: 4
unigram races: 5
unigram rack: 35
unigram racket: 207
unigram rackets: 18
unigram racks: 2
unigram racquet: 111
unigram racquets: 1
unigram radio: 7
unigram rag: 3
unigram rags: 1
unigram rail: 63
unigram railing: 22
unigram railroad: 36
unigram rails: 9
unigram railway: 9
unigram rain: 67
unigram rainbow: 14
unigram rainbows: 1
unigram rainy: 14
unigram ramp: 92
unigram range: 13
unigram raw: 5
unigram ray: 2
unigram rays: 3
unigram reach: 10
unigram reaches: 13
unigram read: 3
unigram reads: 30
unigram real: 4
unigram rear: 20
unigram rears: 1
unigram receiver: 4
unigram reception: 5
unigram rectangular: 3
unigram red: 705
unigram redheaded: 1
unigram referee: 7
unigram reflect: 1
unigram reflection: 33
unigram reflections: 2
unigram reflects: 1
unigram refrigerator: 149
unigram refrigerators: 9
unigram reigns: 3
unigram relax: 6
unigram relaxes: 4
unigram remote: 92
unigram remotes: 25
unigram renovated: 2
unigram renovation: 3
unigram renovations: 1
unigram repair: 3
unigram repairs: 3
unigram residence: 2
unigram residences: 1
unigram rest: 20
unigram restaurant: 108
unigram restaurants: 2
unigram restored: 2
unigram restroom: 32
unigram restrooms: 1
unigram rests: 19
unigram return: 12
unigram returns: 1
unigram rhinoceros: 1
unigram rhinos: 1
unigram ribbon: 12
unigram rice: 42
unigram ride: 53
unigram rider: 27
unigram riders: 17
unigram rides: 65
unigram riding: 751
unigram right: 42
unigram rights: 3
unigram rim: 6
unigram ring: 16
unigram rings: 6
unigram ripe: 14
unigram rise: 5
unigram rises: 6
unigram river: 113
unigram rivers: 1
unigram road: 469
unigram roads: 5
unigram roadside: 6
unigram roadway: 17
unigram roam: 2
unigram roams: 1
unigram roasted: 1
unigram robe: 6
unigram robes: 2
unigram robot: 4
unigram rock: 67
unigram rocks: 66
unigram rocky: 23
unigram rodeo: 7
unigram roll: 25
unigram roller: 6
unigram rolls: 9
unigram roof: 27
unigram roofs: 1
unigram rooftop: 3
unigram room: 754
unigram rooms: 2
unigram rooster: 3
unigram rope: 17
unigram ropes: 2
unigram rose: 10
unigram roses: 2
unigram rotten: 2
unigram round: 23
unigram route: 3
unigram row: 87
unigram rows: 20
unigram rubber: 4
unigram rug: 18
unigram rugs: 2
unigram run: 29
unigram rundown: 5
unigram runner: 10
unigram running: 113
unigram runs: 20
unigram runway: 80
unigram rural: 22
unigram sad: 6
unigram saddle: 5
unigram safety: 11
unigram sail: 23
unigram sailboat: 5
unigram sailboats: 9
unigram sailor: 2
unigram sailors: 1
unigram sails: 5
unigram salad: 70
unigram salads: 1
unigram sale: 30
unigram salon: 4
unigram salt: 3
unigram sand: 86
unigram sandals: 4
unigram sands: 1
unigram sandwich: 178
unigram sandwiches: 42
unigram sandy: 52
unigram santa: 7
unigram sauce: 41
unigram saucer: 2
unigram saucers: 1
unigram sauces: 2
unigram sausage: 15
unigram sausages: 6
unigram savannah: 4
unigram say: 3
unigram says: 23
unigram scale: 4
unigram scape: 3
unigram scarf: 7
unigram scene: 74
unigram scenery: 3
unigram scenes: 1
unigram school: 49
unigram scissor: 2
unigram scissors: 62
unigram scooter: 25
unigram scooters: 9
unigram screen: 100
unigram screens: 16
unigram screwdriver: 1
unigram sculpture: 24
unigram sculptures: 1
unigram sea: 26
unigram seagull: 6
unigram seagulls: 6
unigram seas: 2
unigram seashells: 3
unigram seat: 74
unigram seated: 35
unigram seats: 14
unigram section: 10
unigram security: 5
unigram sedan: 1
unigram seed: 4
unigram seeds: 2
unigram seem: 3
unigram seems: 12
unigram segway: 3
unigram selection: 4
unigram self: 11
unigram sell: 3
unigram sells: 4
unigram selves: 1
unigram semi: 9
unigram serve: 50
unigram server: 3
unigram servers: 1
unigram serves: 7
unigram service: 8
unigram sesame: 3
unigram set: 97
unigram sets: 10
unigram setup: 7
unigram shade: 23
unigram shades: 3
unigram shadow: 10
unigram shadows: 4
unigram shaker: 3
unigram shallow: 14
unigram shape: 8
unigram shapes: 4
unigram shark: 3
unigram sharks: 1
unigram sheer: 2
unigram sheers: 1
unigram sheet: 14
unigram sheets: 20
unigram shelf: 57
unigram shell: 1
unigram shells: 3
unigram shelve: 1
unigram shelves: 23
unigram shine: 1
unigram shines: 6
unigram ship: 19
unigram ships: 10
unigram shirt: 211
unigram shirts: 13
unigram shocked: 1
unigram shoe: 15
unigram shoes: 39
unigram shop: 34
unigram shops: 7
unigram shore: 55
unigram shoreline: 10
unigram short: 28
unigram shorts: 32
unigram shot: 41
unigram shots: 4
unigram shoulder: 14
unigram shoulders: 4
unigram show: 35
unigram shower: 99
unigram shows: 56
unigram shredded: 4
unigram shrub: 1
unigram shrubbery: 6
unigram shrubs: 7
unigram shutter: 2
unigram shutters: 1
unigram side: 599
unigram sides: 20
unigram sidewalk: 246
unigram sidewalks: 4
unigram sign: 623
unigram signage: 4
unigram signal: 16
unigram signals: 4
unigram signs: 169
unigram silhouette: 3
unigram silhouettes: 2
unigram sill: 23
unigram silver: 71
unigram silverware: 6
unigram sink: 334
unigram sinks: 41
unigram sit: 159
unigram site: 6
unigram sits: 421
unigram sitting: 2281
unigram size: 9
unigram sizes: 4
unigram skate: 127
unigram skateboard: 362
unigram skateboarder: 95
unigram skateboarders: 8
unigram skateboards: 22
unigram skater: 5
unigram skates: 9
unigram ski: 97
unigram skier: 104
unigram skiers: 60
unigram skies: 25
unigram skillet: 6
unigram skills: 5
unigram skirt: 20
unigram skirts: 1
unigram skis: 223
unigram skull: 3
unigram sky: 275
unigram skyline: 9
unigram skyscraper: 7
unigram skyscrapers: 2
unigram slab: 4
unigram sled: 7
unigram sleep: 6
unigram sleeps: 9
unigram sleeve: 3
unigram slice: 91
unigram sliced: 37
unigram slices: 65
unigram slide: 4
unigram slides: 2
unigram slope: 141
unigram slopes: 10
unigram small: 797
unigram smaller: 20
unigram smartphone: 5
unigram smile: 13
unigram smiles: 26
unigram smiley: 3
unigram smiling: 114
unigram smoke: 20
unigram snack: 8
unigram snacks: 5
unigram sneaker: 3
unigram sneakers: 7
unigram sniffs: 5
unigram snow: 393
unigram snow-covered: 1
unigram snowboard: 60
unigram snowboarder: 21
unigram snowboarders: 5
unigram snowboards: 6
unigram snowy: 148
unigram soap: 14
unigram soccer: 119
unigram socks: 6
unigram soda: 19
unigram sodas: 1
unigram sofa: 31
unigram sofas: 6
unigram softball: 3
unigram soldiers: 5
unigram solid: 1
unigram somebody: 3
unigram someone: 86
unigram someones: 7
unigram sort: 13
unigram sorts: 2
unigram soup: 38
unigram south: 3
unigram space: 29
unigram spaces: 1
unigram speaker: 3
unigram speakers: 8
unigram spectators: 13
unigram speech: 4
unigram speed: 16
unigram speeds: 3
unigram spice: 2
unigram spices: 2
unigram spinach: 9
unigram spire: 2
unigram spires: 2
unigram spoon: 46
unigram spoons: 7
unigram sport: 5
unigram sports: 15
unigram spot: 12
unigram spots: 5
unigram spray: 8
unigram sprays: 3
unigram spring: 4
unigram sprinkles: 13
unigram sprouts: 3
unigram squad: 4
unigram square: 36
unigram squares: 2
unigram squirrel: 1
unigram stack: 24
unigram stacks: 1
unigram stadium: 8
unigram stage: 9
unigram stages: 2
unigram stainless: 27
unigram stair: 2
unigram staircase: 4
unigram stairs: 18
unigram stairway: 6
unigram stall: 44
unigram stalls: 3
unigram stance: 7
unigram stances: 1
unigram stand: 220
unigram standard: 3
unigram standing: 1814
unigram stands: 232
unigram star: 4
unigram stare: 4
unigram stares: 16
unigram stars: 5
unigram startled: 1
unigram state: 2
unigram states: 4
unigram station: 181
unigram stations: 4
unigram statue: 80
unigram statues: 10
unigram steak: 5
unigram steel: 42
unigram steeple: 11
unigram step: 5
unigram steps: 26
unigram stick: 22
unigram sticker: 8
unigram stickers: 7
unigram sticks: 15
unigram stomach: 4
unigram stone: 51
unigram stones: 3
unigram stool: 9
unigram stools: 15
unigram stop: 256
unigram stoplight: 10
unigram stoplights: 4
unigram stops: 11
unigram storage: 10
unigram store: 73
unigram storefront: 2
unigram storefronts: 1
unigram stores: 8
unigram stories: 2
unigram storm: 4
unigram story: 5
unigram stove: 113
unigram stoves: 4
unigram straw: 11
unigram strawberries: 23
unigram strawberry: 10
unigram straws: 2
unigram stream: 15
unigram streams: 1
unigram street: 1289
unigram streetcar: 1
unigram streetlight: 2
unigram streetlights: 2
unigram streets: 24
unigram stretch: 2
unigram stretches: 9
unigram string: 11
unigram strings: 4
unigram strip: 7
unigram stripe: 7
unigram striped: 39
unigram stripes: 5
unigram strips: 1
unigram structure: 18
unigram structures: 2
unigram student: 4
unigram students: 5
unigram stuff: 17
unigram stuffed: 154
unigram stunt: 13
unigram stunts: 6
unigram style: 29
unigram styles: 2
unigram styrofoam: 5
unigram sub: 1
unigram subway: 34
unigram sugar: 9
unigram suit: 116
unigram suitcase: 67
unigram suitcases: 35
unigram suite: 8
unigram suits: 11
unigram sun: 67
unigram sunflower: 2
unigram sunflowers: 1
unigram sunglasses: 17
unigram sunny: 51
unigram sunshine: 4
unigram supplies: 8
unigram surf: 103
unigram surface: 47
unigram surfboard: 242
unigram surfboards: 60
unigram surfer: 104
unigram surfers: 35
unigram surfs: 6
unigram surprised: 1
unigram surround: 5
unigram surrounding: 13
unigram surroundings: 3
unigram sushi: 5
unigram suv: 4
unigram swan: 6
unigram swans: 5
unigram sweat: 3
unigram sweater: 9
unigram sweaters: 1
unigram sweatshirt: 4
unigram swim: 4
unigram swimmers: 3
unigram swims: 4
unigram swing: 64
unigram swings: 25
unigram symbol: 4
unigram symbols: 1
unigram syrup: 3
unigram system: 14
unigram systems: 1
unigram t-shirt: 10
unigram t-shirts: 1
unigram table: 1266
unigram tablecloth: 4
unigram tables: 42
unigram tablet: 1
unigram tabletop: 3
unigram tablets: 1
unigram taco: 1
unigram tag: 7
unigram tags: 8
unigram tail: 11
unigram tails: 1
unigram take: 37
unigram takes: 39
unigram talk: 8
unigram talks: 9
unigram tall: 223
unigram tan: 20
unigram tank: 11
unigram tanks: 1
unigram tape: 8
unigram tarmac: 25
unigram taxi: 9
unigram tea: 17
unigram teal: 2
unigram team: 29
unigram teams: 15
unigram teapot: 3
unigram teddy: 236
unigram tee: 4
unigram teenager: 10
unigram teenagers: 3
unigram teeth: 57
unigram telephone: 9
unigram telephones: 1
unigram television: 123
unigram televisions: 3
unigram temperature: 3
unigram temple: 2
unigram temples: 1
unigram tennis: 961
unigram tent: 16
unigram terrain: 8
unigram terrier: 3
unigram text: 6
unigram thames: 4
unigram theme: 4
unigram thick: 14
unigram thin: 7
unigram thing: 10
unigram things: 23
unigram throw: 29
unigram throwing: 49
unigram throws: 17
unigram thumb: 2
unigram thumbs: 4
unigram ticket: 7
unigram tickets: 2
unigram tie: 154
unigram tier: 4
unigram tiered: 3
unigram tiers: 1
unigram ties: 17
unigram tiger: 2
unigram tile: 36
unigram tiles: 15
unigram time: 54
unigram times: 2
unigram tin: 7
unigram tins: 2
unigram tiny: 19
unigram tip: 2
unigram tips: 1
unigram tire: 11
unigram tires: 3
unigram tissue: 4
unigram toaster: 17
unigram today: 5
unigram toddler: 30
unigram toilet: 466
unigram toiletries: 3
unigram toiletry: 1
unigram toilets: 16
unigram toilette: 3
unigram tomato: 26
unigram tomatoes: 26
unigram tongs: 6
unigram tongue: 17
unigram tools: 6
unigram tooth: 7
unigram toothbrush: 43
unigram toothbrushes: 7
unigram toothpaste: 6
unigram top: 957
unigram tops: 7
unigram tosses: 1
unigram touching: 20
unigram tour: 15
unigram tourist: 2
unigram tourists: 9
unigram tournament: 6
unigram tow: 16
unigram toward: 34
unigram towards: 60
unigram towel: 36
unigram towels: 17
unigram tower: 217
unigram towers: 4
unigram town: 45
unigram towns: 1
unigram toy: 58
unigram toys: 18
unigram track: 130
unigram tracks: 215
unigram tractor: 6
unigram trade: 3
unigram traffic: 217
unigram trail: 37
unigram trailer: 15
unigram trailers: 5
unigram trails: 1
unigram train: 848
unigram trains: 31
unigram tram: 5
unigram transit: 31
unigram transportation: 8
unigram trash: 25
unigram travel: 9
unigram traveler: 1
unigram travelers: 3
unigram travels: 16
unigram tray: 93
unigram trays: 11
unigram tree: 331
unigram trees: 286
unigram triangular: 1
unigram trick: 129
unigram tricks: 41
unigram tricycle: 3
unigram tries: 14
unigram trio: 6
unigram trip: 4
unigram tripod: 6
unigram trolley: 22
unigram trolleys: 1
unigram trot: 1
unigram trough: 4
unigram truck: 263
unigram trucks: 46
unigram trunk: 22
unigram trunks: 11
unigram try: 6
unigram tub: 72
unigram tube: 5
unigram tubs: 1
unigram tulip: 1
unigram tulips: 13
unigram tunnel: 13
unigram turkey: 8
unigram turkeys: 1
unigram turn: 10
unigram turnip: 1
unigram turnips: 2
unigram turns: 4
unigram turquoise: 4
unigram turtle: 1
unigram tusk: 1
unigram tusks: 8
unigram tuxedo: 4
unigram tuxedos: 1
unigram tv: 144
unigram twig: 2
unigram twigs: 1
unigram twin: 10
unigram twins: 1
unigram type: 31
unigram types: 51
unigram umbrella: 351
unigram umbrellas: 89
unigram umpire: 26
unigram undecorated: 2
unigram under: 292
unigram underneath: 53
unigram uniform: 51
unigram uniformed: 1
unigram uniforms: 27
unigram unison: 4
unigram unit: 7
unigram units: 2
unigram unpaved: 1
unigram unripe: 3
unigram up: 904
unigram upon: 10
unigram upside: 21
unigram urban: 24
unigram urinal: 11
unigram urinals: 15
unigram use: 15
unigram uses: 8
unigram utensil: 4
unigram utensils: 17
unigram utility: 9
unigram valley: 9
unigram van: 21
unigram vane: 3
unigram vanilla: 1
unigram vanity: 24
unigram vans: 3
unigram varieties: 1
unigram variety: 43
unigram various: 111
unigram vase: 174
unigram vases: 28
unigram vegetable: 29
unigram vegetables: 135
unigram vegetarian: 1
unigram vegetation: 9
unigram veggie: 3
unigram veggies: 27
unigram vehicle: 32
unigram vehicles: 48
unigram vendor: 12
unigram vendors: 4
unigram vest: 12
unigram vests: 4
unigram video: 145
unigram videos: 1
unigram view: 229
unigram views: 2
unigram village: 5
unigram vines: 5
unigram vintage: 37
unigram virgin: 3
unigram visitors: 3
unigram volley: 10
unigram volleyball: 3
unigram waffle: 11
unigram waffles: 2
unigram wagon: 13
unigram wait: 20
unigram waitress: 3
unigram waits: 19
unigram walk: 101
unigram walker: 2
unigram walkers: 3
unigram walking: 611
unigram walks: 61
unigram walkway: 21
unigram wall: 300
unigram wallpaper: 4
unigram walls: 68
unigram war: 4
unigram warehouse: 5
unigram washer: 6
unigram washes: 1
unigram washing: 6
unigram watch: 34
unigram watches: 39
unigram water: 648
unigram waterfront: 4
unigram watermelon: 3
unigram watermelons: 1
unigram waters: 9
unigram waterway: 7
unigram wave: 233
unigram waves: 69
unigram wax: 3
unigram way: 81
unigram ways: 8
unigram wear: 10
unigram wears: 12
unigram weather: 7
unigram wedding: 44
unigram wedge: 4
unigram wedges: 5
unigram weeds: 7
unigram west: 3
unigram westminster: 4
unigram wet: 50
unigram wheel: 17
unigram wheelchair: 5
unigram wheeler: 3
unigram wheelers: 2
unigram wheels: 18
unigram white: 1533
unigram whole: 14
unigram wicker: 5
unigram wide: 22
unigram wife: 4
unigram wildebeest: 1
unigram wildebeests: 2
unigram wilderness: 9
unigram wildlife: 4
unigram wind: 11
unigram window: 294
unigram windows: 82
unigram windowsill: 5
unigram winds: 2
unigram windshield: 7
unigram wine: 118
unigram wing: 8
unigram wings: 8
unigram winter: 11
unigram winters: 1
unigram wipe: 1
unigram wipes: 2
unigram wire: 32
unigram wires: 23
unigram wit: 3
unigram within: 6
unigram wok: 3
unigram wolf: 2
unigram woman: 1420
unigram women: 239
unigram wood: 95
unigram wooded: 30
unigram wooden: 374
unigram woods: 48
unigram wool: 8
unigram woolen: 2
unigram word: 7
unigram words: 7
unigram work: 38
unigram worker: 4
unigram workers: 12
unigram works: 7
unigram workspace: 3
unigram workstation: 6
unigram workstations: 1
unigram world: 10
unigram writes: 4
unigram yacht: 2
unigram yard: 64
unigram yellow: 350
unigram yogurt: 4
unigram york: 3
unigram young: 688
unigram youngster: 2
unigram youngsters: 1
unigram youth: 6
unigram youths: 1
unigram zebra: 204
unigram zebras: 209
unigram zombie: 3
unigram zombies: 3
unigram zone: 10
unigram zoo: 96
unigram zucchini: 2
unigram zucchinis: 1
unripe: 25
up: 1
urban: 257
various: 357
vase: 179
vegetarian: 1
vest: 12
walking: 604
walks: 51
wall: 330
wall mounted: 3
washing: 1
water: 566
watermelon: 3
wet: 50
white: 1377
whole: 9
wicker: 5
wide: 20
window: 288
wine: 94
wolf: 2
woman: 1516
wooded: 35
wooden: 448
wool: 4
yacht: 2
yellow: 275
young: 679
zebra: 371
zoo: 91
