# Corpus counts of edit sites (tldr.perturb.count_weights over the 25,014 COCO val2017 captions), taken by the
# rules themselves:
# - `value: n`: sites of each spatial, attribute and object value (keyed by its first
#   form) and of each count written the way the engine writes counts (a/an, number words,
#   digits; 'a dog' counts for `one`);
# - `form-count FORM: n`: sites written with that synonym form (spatial, attribute);
# - `counterfactual CONSTRUCT: n`: sites of each negatable or negated construct;
# - `CONTEXT VALUE WORD: n` (CONTEXT: spatial, spatial-before, spatial-det, attribute,
#   attribute-before, object, counting, counting-after): sites of VALUE in that context
#   (next to WORD); rare pairs are left out.
# A replacement is proposed with probability proportional to 1 + count; the balance test
# (Perturber(balance=True), docs/perturbation.md) uses all of them. Phrases not listed count 0.
above: 430
adult: 82
airplane: 302
apple: 96
attribute beige cat: 2
attribute beige dog: 3
attribute beige horse: 2
attribute beige teddy: 3
attribute beige walls: 2
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
attribute black plane: 2
attribute black plate: 5
attribute black pole: 5
attribute black pony: 2
attribute black refrigerator: 4
attribute black riding: 2
attribute black scissors: 2
attribute black seat: 5
attribute black shirt: 20
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
attribute black white: 2
attribute black woman: 3
attribute blue accents: 2
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
attribute brown bear: 24
attribute brown bears: 14
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
attribute brown hair: 3
attribute brown hat: 2
attribute brown horse: 40
attribute brown horses: 6
attribute brown jacket: 2
attribute brown leather: 2
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
attribute checkered bedspread: 2
attribute checkered blanket: 2
attribute checkered floor: 3
attribute checkered shirt: 5
attribute clean and: 7
attribute clean bathroom: 9
attribute clean kitchen: 7
attribute clean sink: 2
attribute closed suit: 2
attribute closed toilet: 2
attribute cloudy blue: 8
attribute cloudy day: 19
attribute cloudy skies: 3
attribute cloudy sky: 31
attribute concrete barrier: 2
attribute concrete block: 2
attribute concrete platform: 2
attribute concrete ramp: 5
attribute concrete slab: 2
attribute concrete wall: 5
attribute dirty bathroom: 4
attribute dirty looking: 2
attribute dirty public: 3
attribute dirty toilet: 2
attribute dirty white: 2
attribute dry area: 2
attribute dry dock: 2
attribute dry field: 2
attribute dry grass: 19
attribute dry landscape: 2
attribute elderly man: 7
attribute elderly people: 2
attribute elderly woman: 6
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
attribute floral bedspread: 2
attribute floral dress: 2
attribute full moon: 3
attribute full of: 16
attribute full pizza: 2
attribute full size: 2
attribute full view: 5
attribute glass at: 2
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
attribute gray bird: 2
attribute gray building: 2
attribute gray cat: 21
attribute gray clock: 2
attribute gray colored: 2
attribute gray couch: 2
attribute gray day: 2
attribute gray elephant: 6
attribute gray elephants: 3
attribute gray horse: 2
attribute gray house: 2
attribute gray kitten: 2
attribute gray plane: 2
attribute gray shirt: 6
attribute gray sky: 8
attribute gray suitcase: 2
attribute gray train: 4
attribute gray tray: 2
attribute green apples: 6
attribute green bananas: 13
attribute green beans: 9
attribute green bench: 7
attribute green bin: 2
attribute green blanket: 2
attribute green boat: 3
attribute green broccoli: 2
attribute green bus: 11
attribute green bush: 3
attribute green bushes: 4
attribute green cart: 2
attribute green chair: 4
attribute green clock: 2
attribute green coat: 2
attribute green door: 3
attribute green eyes: 5
attribute green field: 67
attribute green fire: 2
attribute green forest: 6
attribute green frisbee: 8
attribute green fruit: 2
attribute green grass: 51
attribute green grassy: 4
attribute green hair: 2
attribute green hat: 4
attribute green hill: 2
attribute green hillside: 5
attribute green jacket: 2
attribute green lawn: 4
attribute green leafy: 2
attribute green leaves: 6
attribute green light: 2
attribute green lights: 3
attribute green motorcycle: 7
attribute green mountain: 2
attribute green park: 7
attribute green passenger: 2
attribute green pasture: 5
attribute green peppers: 2
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
attribute green yard: 2
attribute green yellow: 2
attribute large air: 4
attribute large aircraft: 2
attribute large airplane: 8
attribute large amount: 6
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
attribute large blue: 11
attribute large boat: 10
attribute large body: 14
attribute large book: 2
attribute large bowl: 16
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
attribute large carrot: 3
attribute large carrots: 2
attribute large castle: 2
attribute large cat: 5
attribute large cheese: 2
attribute large christmas: 2
attribute large city: 10
attribute large clock: 62
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
attribute large elephant: 21
attribute large elephants: 11
attribute large family: 2
attribute large field: 10
attribute large flat: 4
attribute large fridge: 5
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
attribute large group: 46
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
attribute large number: 5
attribute large office: 3
attribute large old: 3
attribute large open: 9
attribute large orange: 6
attribute large ornate: 3
attribute large oval: 2
attribute large pair: 3
attribute large parachute: 2
attribute large park: 2
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
attribute large screen: 6
attribute large sheet: 2
attribute large ship: 3
attribute large sign: 4
attribute large signs: 3
attribute large sink: 4
attribute large slice: 4
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
attribute large teddy: 9
attribute large television: 5
attribute large tower: 4
attribute large train: 3
attribute large tray: 2
attribute large tree: 7
attribute large truck: 7
attribute large trucks: 4
attribute large tv: 4
attribute large umbrella: 9
attribute large vase: 3
attribute large wall: 2
attribute large wave: 22
attribute large wheels: 2
attribute large white: 44
attribute large wide: 2
attribute large window: 13
attribute large windows: 6
attribute large wooden: 12
attribute large yellow: 6
attribute large zebra: 2
attribute leather couches: 4
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
attribute lying beside: 3
attribute lying down: 74
attribute lying in: 84
attribute lying inside: 3
attribute lying near: 6
attribute lying next: 18
attribute lying on: 223
attribute lying out: 2
attribute lying together: 2
attribute lying under: 5
attribute lying upside: 2
attribute lying with: 6
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
attribute metal refrigerator: 11
attribute metal sculpture: 3
attribute metal statue: 2
attribute metal stove: 4
attribute metal structure: 2
attribute metal style: 2
attribute metal table: 2
attribute metal toilet: 2
attribute metal track: 12
attribute metal tray: 2
attribute new motorcycle: 2
attribute new sign: 2
attribute old airplane: 2
attribute old appliances: 3
attribute old black: 2
attribute old blender: 2
attribute old boats: 2
attribute old brick: 4
attribute old building: 9
attribute old buildings: 4
attribute old bus: 5
attribute old cars: 2
attribute old cell: 2
attribute old cellphone: 3
attribute old church: 3
attribute old clock: 8
attribute old computer: 2
attribute old fashion: 5
attribute old fashioned: 15
attribute old fire: 5
attribute old gothic: 2
attribute old green: 2
attribute old house: 2
attribute old kitchen: 2
attribute old looking: 2
attribute old man: 16
attribute old model: 2
attribute old oven: 2
attribute old passenger: 2
attribute old people: 3
attribute old person: 2
attribute old photo: 9
attribute old picture: 6
attribute old plane: 2
attribute old planes: 3
attribute old red: 4
attribute old refrigerator: 4
attribute old refrigerators: 2
attribute old rusted: 4
attribute old rusty: 3
attribute old school: 3
attribute old style: 5
attribute old television: 3
attribute old time: 5
attribute old tire: 2
attribute old toilet: 6
attribute old train: 6
attribute old truck: 5
attribute old tv: 2
attribute old woman: 6
attribute old wooden: 6
attribute old yellow: 3
attribute open a: 3
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
attribute pink umbrella: 11
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
attribute rainy day: 10
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
attribute round plate: 4
attribute round plates: 2
attribute round sink: 3
attribute round window: 2
attribute running across: 8
attribute running after: 4
attribute running along: 4
attribute running and: 2
attribute running around: 9
attribute running at: 2
attribute running away: 2
attribute running down: 4
attribute running in: 9
attribute running on: 11
attribute running past: 2
attribute running the: 3
attribute running through: 7
attribute running to: 15
attribute running towards: 3
attribute running while: 3
attribute running with: 5
attribute short grass: 3
attribute short skirt: 2
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
attribute sitting a: 4
attribute sitting above: 5
attribute sitting alone: 6
attribute sitting along: 3
attribute sitting among: 2
attribute sitting and: 19
attribute sitting area: 2
attribute sitting around: 41
attribute sitting at: 177
attribute sitting atop: 3
attribute sitting behind: 9
attribute sitting below: 3
attribute sitting beside: 13
attribute sitting between: 8
attribute sitting by: 29
attribute sitting cross: 5
attribute sitting down: 52
attribute sitting in: 367
attribute sitting inside: 32
attribute sitting near: 19
attribute sitting nearby: 2
attribute sitting next: 167
attribute sitting on: 1174
attribute sitting out: 6
attribute sitting outdoors: 3
attribute sitting outside: 32
attribute sitting over: 2
attribute sitting perched: 2
attribute sitting room: 2
attribute sitting side: 6
attribute sitting together: 13
attribute sitting under: 30
attribute sitting underneath: 5
attribute sitting up: 9
attribute sitting while: 3
attribute sitting with: 17
attribute small air: 2
attribute small airplane: 8
attribute small animal: 3
attribute small area: 2
attribute small baby: 3
attribute small bananas: 2
attribute small baseball: 2
attribute small bathroom: 46
attribute small bed: 3
attribute small bird: 21
attribute small birds: 2
attribute small black: 17
attribute small boat: 19
attribute small boats: 2
attribute small bowl: 8
attribute small boy: 19
attribute small boys: 2
attribute small branch: 2
attribute small bridge: 2
attribute small brown: 8
attribute small building: 2
attribute small bus: 3
attribute small cabinet: 2
attribute small cake: 4
attribute small cakes: 2
attribute small car: 2
attribute small cart: 3
attribute small cat: 11
attribute small cell: 2
attribute small chair: 2
attribute small child: 49
attribute small children: 11
attribute small city: 2
attribute small clock: 4
attribute small cow: 3
attribute small crowd: 2
attribute small cute: 2
attribute small desk: 3
attribute small dog: 24
attribute small dogs: 2
attribute small electronic: 2
attribute small elephant: 8
attribute small elephants: 2
attribute small fridge: 2
attribute small giraffe: 5
attribute small girl: 10
attribute small gray: 2
attribute small green: 6
attribute small group: 8
attribute small herd: 5
attribute small horse: 6
attribute small hotel: 2
attribute small kitchen: 18
attribute small kite: 2
attribute small kitten: 8
attribute small ledge: 2
attribute small living: 3
attribute small mirror: 3
attribute small motor: 2
attribute small personal: 2
attribute small piece: 2
attribute small pieces: 4
attribute small pizza: 12
attribute small plane: 11
attribute small plate: 6
attribute small pond: 2
attribute small propeller: 2
attribute small puppy: 2
attribute small ramp: 3
attribute small red: 14
attribute small refrigerator: 2
attribute small road: 4
attribute small room: 17
attribute small sailboats: 2
attribute small shops: 2
attribute small silver: 2
attribute small sink: 4
attribute small square: 2
attribute small stall: 2
attribute small stove: 2
attribute small table: 15
attribute small teddy: 5
attribute small television: 4
attribute small toilet: 2
attribute small tower: 2
attribute small town: 8
attribute small toy: 2
attribute small train: 11
attribute small truck: 3
attribute small tv: 2
attribute small umbrella: 2
attribute small vase: 5
attribute small wave: 20
attribute small waves: 2
attribute small white: 24
attribute small wooden: 7
attribute small yellow: 6
attribute snowy day: 6
attribute snowy field: 4
attribute snowy forest: 5
attribute snowy hill: 35
attribute snowy mountain: 21
attribute snowy path: 3
attribute snowy road: 2
attribute snowy slope: 25
attribute snowy slopes: 3
attribute snowy street: 2
attribute snowy surface: 12
attribute snowy trail: 2
attribute snowy trees: 2
attribute solid white: 3
attribute square plate: 5
attribute square sinks: 2
attribute standing above: 2
attribute standing against: 2
attribute standing alone: 2
attribute standing along: 2
attribute standing among: 3
attribute standing and: 22
attribute standing around: 64
attribute standing at: 38
attribute standing atop: 2
attribute standing behind: 38
attribute standing below: 3
attribute standing beside: 21
attribute standing between: 5
attribute standing by: 47
attribute standing close: 10
attribute standing holding: 4
attribute standing in: 477
attribute standing inside: 12
attribute standing looking: 4
attribute standing near: 72
attribute standing nearby: 2
attribute standing next: 301
attribute standing on: 454
attribute standing one: 3
attribute standing out: 4
attribute standing outdoors: 2
attribute standing outside: 37
attribute standing over: 12
attribute standing shower: 2
attribute standing side: 10
attribute standing together: 31
attribute standing under: 21
attribute standing underneath: 3
attribute standing up: 22
attribute standing very: 2
attribute standing while: 4
attribute standing with: 37
attribute stone building: 10
attribute stone counter: 7
attribute stone countertop: 2
attribute stone display: 2
attribute stone steps: 3
attribute stone table: 3
attribute stone tower: 2
attribute stone wall: 10
attribute striped blue: 2
attribute striped cat: 6
attribute striped door: 3
attribute striped shirt: 5
attribute striped tie: 2
attribute sunny day: 42
attribute sunny window: 4
attribute teal bathroom: 2
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
attribute walking up: 14
attribute walking while: 4
attribute walking with: 23
attribute wet beach: 2
attribute wet city: 2
attribute wet day: 3
attribute wet dog: 3
attribute wet road: 5
attribute wet suit: 16
attribute wet suite: 2
attribute wet suits: 2
attribute white airplane: 8
attribute white and: 2
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
attribute white sheets: 3
attribute white shirt: 35
attribute white sign: 4
attribute white sink: 15
attribute white sky: 2
attribute white small: 3
attribute white smoke: 2
attribute white snow: 2
attribute white sofa: 2
attribute white spotted: 2
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
attribute white tiled: 2
attribute white tiles: 5
attribute white toilet: 59
attribute white toilets: 2
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
attribute white woman: 2
attribute white zebras: 2
attribute wicker chair: 4
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
attribute yellow and: 2
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
attribute yellow flowers: 5
attribute yellow food: 2
attribute yellow frisbee: 5
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
attribute yellow traffic: 2
attribute yellow train: 27
attribute yellow truck: 8
attribute yellow tulips: 4
attribute yellow umbrellas: 3
attribute yellow walls: 4
attribute yellow white: 2
attribute young adults: 4
attribute young asian: 2
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
attribute-before beige a: 17
attribute-before beige and: 5
attribute-before beige with: 3
attribute-before black a: 255
attribute-before black and: 76
attribute-before black baby: 2
attribute-before black big: 4
attribute-before black cute: 2
attribute-before black four: 2
attribute-before black in: 28
attribute-before black large: 20
attribute-before black of: 13
attribute-before black on: 4
attribute-before black several: 2
attribute-before black small: 11
attribute-before black some: 2
attribute-before black the: 6
attribute-before black two: 13
attribute-before black with: 10
attribute-before black young: 2
attribute-before blue a: 234
attribute-before blue and: 46
attribute-before blue bright: 3
attribute-before blue clear: 13
attribute-before blue cloudy: 8
attribute-before blue crystal: 2
attribute-before blue has: 3
attribute-before blue in: 13
attribute-before blue is: 3
attribute-before blue large: 8
attribute-before blue light: 6
attribute-before blue of: 5
attribute-before blue some: 3
attribute-before blue the: 24
attribute-before blue tight: 2
attribute-before blue under: 2
attribute-before blue wearing: 4
attribute-before blue with: 19
attribute-before brick a: 49
attribute-before brick and: 3
attribute-before brick large: 8
attribute-before brick old: 4
attribute-before brick red: 6
attribute-before brick tall: 4
attribute-before brick the: 2
attribute-before brick with: 3
attribute-before brown a: 150
attribute-before brown and: 29
attribute-before brown big: 5
attribute-before brown in: 4
attribute-before brown large: 23
attribute-before brown of: 5
attribute-before brown small: 7
attribute-before brown tall: 3
attribute-before brown the: 9
attribute-before brown three: 3
attribute-before brown two: 20
attribute-before brown with: 16
attribute-before ceramic a: 4
attribute-before checkered a: 12
attribute-before checkered red: 2
attribute-before checkered with: 2
attribute-before clean a: 20
attribute-before clean and: 2
attribute-before clean is: 9
attribute-before clean very: 2
attribute-before closed a: 6
attribute-before closed is: 3
attribute-before cloudy a: 41
attribute-before cloudy an: 2
attribute-before cloudy blue: 2
attribute-before cloudy in: 3
attribute-before cloudy on: 2
attribute-before cloudy partly: 2
attribute-before cloudy the: 6
attribute-before cloudy under: 3
attribute-before concrete a: 27
attribute-before concrete on: 5
attribute-before dirty a: 23
attribute-before dirty and: 2
attribute-before dirty very: 3
attribute-before dirty with: 4
attribute-before dry a: 18
attribute-before dry eating: 2
attribute-before dry in: 3
attribute-before dry on: 4
attribute-before elderly an: 12
attribute-before empty a: 7
attribute-before empty almost: 3
attribute-before empty an: 63
attribute-before empty and: 3
attribute-before empty is: 7
attribute-before empty nearly: 2
attribute-before empty of: 3
attribute-before empty on: 2
attribute-before empty the: 3
attribute-before empty three: 3
attribute-before empty two: 2
attribute-before empty with: 5
attribute-before floral a: 12
attribute-before floral with: 2
attribute-before full a: 21
attribute-before full in: 2
attribute-before full is: 16
attribute-before glass a: 62
attribute-before glass and: 6
attribute-before glass behind: 3
attribute-before glass clear: 6
attribute-before glass large: 6
attribute-before glass of: 4
attribute-before glass stained: 2
attribute-before glass tall: 2
attribute-before gold a: 6
attribute-before gold and: 5
attribute-before gold large: 3
attribute-before gold of: 3
attribute-before gold with: 2
attribute-before gray a: 58
attribute-before gray and: 19
attribute-before gray dark: 2
attribute-before gray in: 4
attribute-before gray large: 5
attribute-before gray of: 2
attribute-before gray some: 2
attribute-before gray the: 4
attribute-before gray two: 3
attribute-before gray with: 2
attribute-before green a: 201
attribute-before green and: 37
attribute-before green bright: 4
attribute-before green cooking: 2
attribute-before green dark: 2
attribute-before green has: 2
attribute-before green in: 15
attribute-before green is: 3
attribute-before green large: 7
attribute-before green leafy: 3
attribute-before green lime: 2
attribute-before green lush: 56
attribute-before green many: 2
attribute-before green neon: 2
attribute-before green of: 24
attribute-before green old: 2
attribute-before green olive: 2
attribute-before green on: 10
attribute-before green several: 2
attribute-before green small: 4
attribute-before green some: 14
attribute-before green tall: 2
attribute-before green the: 15
attribute-before green two: 7
attribute-before green with: 27
attribute-before large a: 975
attribute-before large an: 3
attribute-before large and: 12
attribute-before large by: 2
attribute-before large has: 3
attribute-before large holding: 2
attribute-before large in: 9
attribute-before large many: 2
attribute-before large nice: 2
attribute-before large of: 19
attribute-before large on: 3
attribute-before large other: 2
attribute-before large riding: 2
attribute-before large several: 5
attribute-before large some: 9
attribute-before large the: 40
attribute-before large three: 4
attribute-before large to: 2
attribute-before large two: 29
attribute-before large very: 45
attribute-before large with: 21
attribute-before leather a: 2
attribute-before leather black: 4
attribute-before leather brown: 2
attribute-before leather with: 2
attribute-before long a: 99
attribute-before long and: 2
attribute-before long his: 2
attribute-before long its: 2
attribute-before long large: 15
attribute-before long on: 2
attribute-before long really: 2
attribute-before long the: 4
attribute-before long very: 2
attribute-before long wearing: 2
attribute-before long with: 10
attribute-before lying all: 2
attribute-before lying and: 5
attribute-before lying animal: 5
attribute-before lying are: 16
attribute-before lying baby: 4
attribute-before lying beach: 2
attribute-before lying bear: 11
attribute-before lying bears: 2
attribute-before lying boy: 6
attribute-before lying cat: 86
attribute-before lying cats: 10
attribute-before lying child: 5
attribute-before lying cows: 6
attribute-before lying dog: 46
attribute-before lying dogs: 2
attribute-before lying doll: 3
attribute-before lying floor: 2
attribute-before lying fork: 2
attribute-before lying frisbee: 2
attribute-before lying girl: 6
attribute-before lying heads: 2
attribute-before lying horse: 6
attribute-before lying is: 89
attribute-before lying kitten: 4
attribute-before lying kitty: 2
attribute-before lying lady: 2
attribute-before lying man: 18
attribute-before lying one: 3
attribute-before lying orange: 2
attribute-before lying people: 6
attribute-before lying person: 9
attribute-before lying pizza: 2
attribute-before lying puppy: 2
attribute-before lying scissors: 2
attribute-before lying sheep: 3
attribute-before lying while: 8
attribute-before lying woman: 21
attribute-before lying zebra: 2
attribute-before metal a: 85
attribute-before metal an: 5
attribute-before metal and: 2
attribute-before metal black: 2
attribute-before metal cast: 2
attribute-before metal large: 5
attribute-before metal on: 3
attribute-before metal ornate: 2
attribute-before metal shiny: 3
attribute-before metal stainless: 22
attribute-before metal the: 3
attribute-before metal two: 2
attribute-before metal with: 2
attribute-before metal wrought: 2
attribute-before new a: 5
attribute-before new the: 2
attribute-before old a: 10
attribute-before old an: 177
attribute-before old and: 5
attribute-before old large: 2
attribute-before old many: 2
attribute-before old of: 7
attribute-before old rusty: 2
attribute-before old several: 2
attribute-before old the: 8
attribute-before old two: 6
attribute-before old very: 13
attribute-before old with: 8
attribute-before open a: 16
attribute-before open an: 122
attribute-before open and: 6
attribute-before open grassy: 2
attribute-before open holding: 3
attribute-before open in: 6
attribute-before open is: 15
attribute-before open large: 7
attribute-before open mouth: 2
attribute-before open on: 4
attribute-before open the: 15
attribute-before open to: 4
attribute-before open wide: 3
attribute-before open with: 8
attribute-before orange a: 8
attribute-before orange an: 93
attribute-before orange and: 20
attribute-before orange big: 2
attribute-before orange bright: 2
attribute-before orange fat: 2
attribute-before orange in: 4
attribute-before orange long: 4
attribute-before orange of: 9
attribute-before orange several: 2
attribute-before orange some: 3
attribute-before orange the: 2
attribute-before orange two: 2
attribute-before orange with: 11
attribute-before oval large: 2
attribute-before paper a: 30
attribute-before paper and: 2
attribute-before paper in: 2
attribute-before paper of: 2
attribute-before paper on: 2
attribute-before paper toilet: 7
attribute-before paper white: 2
attribute-before pink a: 54
attribute-before pink and: 8
attribute-before pink bright: 4
attribute-before pink has: 3
attribute-before pink of: 3
attribute-before pink the: 2
attribute-before pink with: 9
attribute-before plastic a: 26
attribute-before plastic and: 4
attribute-before plastic blue: 4
attribute-before plastic four: 2
attribute-before plastic in: 2
attribute-before plastic on: 2
attribute-before plastic two: 2
attribute-before purple a: 27
attribute-before purple and: 5
attribute-before purple big: 2
attribute-before purple has: 2
attribute-before purple of: 2
attribute-before purple on: 2
attribute-before purple with: 5
attribute-before rainy a: 11
attribute-before rainy on: 2
attribute-before red a: 342
attribute-before red and: 40
attribute-before red beautiful: 2
attribute-before red behind: 2
attribute-before red big: 2
attribute-before red bright: 3
attribute-before red has: 3
attribute-before red in: 18
attribute-before red is: 6
attribute-before red large: 8
attribute-before red long: 2
attribute-before red of: 11
attribute-before red old: 3
attribute-before red parked: 3
attribute-before red small: 11
attribute-before red the: 9
attribute-before red two: 3
attribute-before red vintage: 3
attribute-before red wearing: 6
attribute-before red with: 32
attribute-before round a: 17
attribute-before round large: 2
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
attribute-before short a: 13
attribute-before short the: 2
attribute-before short with: 2
attribute-before silver a: 29
attribute-before silver and: 16
attribute-before silver small: 2
attribute-before silver two: 2
attribute-before sitting a: 8
attribute-before sitting adults: 2
attribute-before sitting airplane: 8
attribute-before sitting and: 14
attribute-before sitting animal: 3
attribute-before sitting animals: 5
attribute-before sitting apple: 2
attribute-before sitting apples: 2
attribute-before sitting are: 123
attribute-before sitting baby: 10
attribute-before sitting bag: 2
attribute-before sitting ball: 3
attribute-before sitting banana: 9
attribute-before sitting bananas: 6
attribute-before sitting beak: 2
attribute-before sitting bear: 40
attribute-before sitting bears: 16
attribute-before sitting bed: 6
attribute-before sitting beer: 2
attribute-before sitting bench: 16
attribute-before sitting benches: 3
attribute-before sitting bikes: 2
attribute-before sitting bird: 25
attribute-before sitting blender: 2
attribute-before sitting boat: 8
attribute-before sitting boats: 6
attribute-before sitting book: 3
attribute-before sitting books: 2
attribute-before sitting boots: 3
attribute-before sitting bowl: 2
attribute-before sitting boy: 13
attribute-before sitting boys: 4
attribute-before sitting broccoli: 2
attribute-before sitting building: 3
attribute-before sitting bus: 10
attribute-before sitting cake: 14
attribute-before sitting car: 5
attribute-before sitting carrots: 3
attribute-before sitting cars: 2
attribute-before sitting cat: 128
attribute-before sitting cats: 9
attribute-before sitting cattle: 2
attribute-before sitting cellphone: 2
attribute-before sitting chair: 5
attribute-before sitting chairs: 3
attribute-before sitting child: 13
attribute-before sitting children: 14
attribute-before sitting clock: 7
attribute-before sitting computer: 28
attribute-before sitting computers: 3
attribute-before sitting container: 2
attribute-before sitting control: 2
attribute-before sitting couch: 2
attribute-before sitting couple: 7
attribute-before sitting cows: 2
attribute-before sitting cup: 3
attribute-before sitting desk: 2
attribute-before sitting devices: 2
attribute-before sitting dish: 2
attribute-before sitting dog: 58
attribute-before sitting dogs: 2
attribute-before sitting doll: 4
attribute-before sitting donut: 2
attribute-before sitting donuts: 4
attribute-before sitting doughnut: 2
attribute-before sitting doughnuts: 2
attribute-before sitting dress: 4
attribute-before sitting engine: 2
attribute-before sitting eyes: 4
attribute-before sitting family: 3
attribute-before sitting feathers: 2
attribute-before sitting flowers: 10
attribute-before sitting food: 15
attribute-before sitting freezer: 5
attribute-before sitting freezers: 2
attribute-before sitting friends: 3
attribute-before sitting frisbee: 2
attribute-before sitting fruit: 2
attribute-before sitting giraffe: 2
attribute-before sitting girl: 37
attribute-before sitting girls: 7
attribute-before sitting glasses: 3
attribute-before sitting guy: 4
attribute-before sitting guys: 2
attribute-before sitting hamburger: 2
attribute-before sitting hat: 6
attribute-before sitting helmet: 3
attribute-before sitting hydrant: 15
attribute-before sitting is: 352
attribute-before sitting it: 9
attribute-before sitting items: 3
attribute-before sitting jackets: 2
attribute-before sitting jar: 2
attribute-before sitting jet: 3
attribute-before sitting jetliner: 5
attribute-before sitting keyboard: 4
attribute-before sitting kid: 2
attribute-before sitting kids: 4
attribute-before sitting kitten: 7
attribute-before sitting knife: 2
attribute-before sitting ladies: 3
attribute-before sitting lady: 2
attribute-before sitting laptop: 14
attribute-before sitting leash: 2
attribute-before sitting light: 5
attribute-before sitting luggage: 9
attribute-before sitting males: 2
attribute-before sitting man: 125
attribute-before sitting meal: 2
attribute-before sitting meat: 3
attribute-before sitting men: 14
attribute-before sitting meter: 9
attribute-before sitting microwave: 2
attribute-before sitting mitt: 2
attribute-before sitting monitor: 7
attribute-before sitting monitors: 3
attribute-before sitting motorcycle: 12
attribute-before sitting motorcycles: 3
attribute-before sitting mouse: 4
attribute-before sitting objects: 2
attribute-before sitting orange: 3
attribute-before sitting oranges: 3
attribute-before sitting oven: 5
attribute-before sitting owls: 2
attribute-before sitting pancakes: 2
attribute-before sitting panda: 2
attribute-before sitting pastries: 2
attribute-before sitting people: 138
attribute-before sitting person: 36
attribute-before sitting phone: 10
attribute-before sitting pie: 4
attribute-before sitting pies: 2
attribute-before sitting pizza: 32
attribute-before sitting pizzas: 2
attribute-before sitting plane: 4
attribute-before sitting plate: 4
attribute-before sitting player: 2
attribute-before sitting printer: 2
attribute-before sitting refrigerator: 2
attribute-before sitting sandwich: 10
attribute-before sitting scissors: 7
attribute-before sitting seashells: 2
attribute-before sitting shirt: 7
attribute-before sitting shown: 2
attribute-before sitting sign: 27
attribute-before sitting signs: 5
attribute-before sitting sink: 10
attribute-before sitting sinks: 3
attribute-before sitting someone: 2
attribute-before sitting spoon: 2
attribute-before sitting suitcase: 4
attribute-before sitting surfboards: 2
attribute-before sitting table: 4
attribute-before sitting tie: 5
attribute-before sitting tire: 3
attribute-before sitting toilet: 21
attribute-before sitting toilets: 2
attribute-before sitting tomatoes: 2
attribute-before sitting toothbrush: 2
attribute-before sitting top: 3
attribute-before sitting toppings: 2
attribute-before sitting tower: 11
attribute-before sitting train: 12
attribute-before sitting truck: 5
attribute-before sitting trucks: 2
attribute-before sitting tub: 3
attribute-before sitting tv: 6
attribute-before sitting umbrella: 5
attribute-before sitting vase: 8
attribute-before sitting veggies: 2
attribute-before sitting was: 3
attribute-before sitting while: 26
attribute-before sitting wine: 2
attribute-before sitting woman: 104
attribute-before sitting women: 30
attribute-before small a: 581
attribute-before small and: 13
attribute-before small another: 2
attribute-before small cute: 2
attribute-before small in: 4
attribute-before small into: 3
attribute-before small many: 4
attribute-before small of: 10
attribute-before small on: 4
attribute-before small the: 22
attribute-before small this: 3
attribute-before small to: 3
attribute-before small two: 17
attribute-before small very: 14
attribute-before small white: 3
attribute-before small with: 12
attribute-before snowy a: 117
attribute-before snowy on: 3
attribute-before snowy steep: 2
attribute-before snowy the: 12
attribute-before snowy very: 2
attribute-before solid a: 4
attribute-before square a: 9
attribute-before square large: 3
attribute-before square white: 2
attribute-before square with: 2
attribute-before standing a: 6
attribute-before standing adult: 2
attribute-before standing and: 19
attribute-before standing animals: 6
attribute-before standing are: 149
attribute-before standing bat: 3
attribute-before standing bear: 17
attribute-before standing bears: 2
attribute-before standing bird: 24
attribute-before standing birds: 6
attribute-before standing boy: 14
attribute-before standing boys: 2
attribute-before standing bull: 2
attribute-before standing calf: 2
attribute-before standing camera: 2
attribute-before standing cat: 23
attribute-before standing cattle: 5
attribute-before standing chicken: 2
attribute-before standing child: 11
attribute-before standing children: 7
attribute-before standing clock: 2
attribute-before standing clothing: 2
attribute-before standing couple: 4
attribute-before standing cow: 21
attribute-before standing cows: 15
attribute-before standing dog: 22
attribute-before standing doll: 2
attribute-before standing donkey: 2
attribute-before standing dress: 2
attribute-before standing duck: 2
attribute-before standing elephant: 23
attribute-before standing elephants: 33
attribute-before standing family: 3
attribute-before standing female: 2
attribute-before standing field: 2
attribute-before standing gear: 3
attribute-before standing giraffe: 70
attribute-before standing giraffes: 34
attribute-before standing girl: 16
attribute-before standing girls: 3
attribute-before standing goat: 3
attribute-before standing goats: 2
attribute-before standing guy: 3
attribute-before standing guys: 3
attribute-before standing hair: 5
attribute-before standing hat: 3
attribute-before standing hats: 2
attribute-before standing helmet: 2
attribute-before standing helmets: 2
attribute-before standing horns: 2
attribute-before standing horse: 23
attribute-before standing horses: 11
attribute-before standing is: 241
attribute-before standing jacket: 4
attribute-before standing jackets: 3
attribute-before standing kids: 2
attribute-before standing ladies: 2
attribute-before standing lady: 7
attribute-before standing man: 178
attribute-before standing men: 49
attribute-before standing on: 3
attribute-before standing one: 4
attribute-before standing other: 2
attribute-before standing pants: 2
attribute-before standing people: 169
attribute-before standing person: 60
attribute-before standing pitcher: 2
attribute-before standing player: 10
attribute-before standing players: 9
attribute-before standing poles: 2
attribute-before standing racquet: 2
attribute-before standing seagull: 3
attribute-before standing seagulls: 2
attribute-before standing sheep: 29
attribute-before standing shirt: 4
attribute-before standing sign: 3
attribute-before standing skier: 2
attribute-before standing skirt: 2
attribute-before standing skis: 9
attribute-before standing suit: 6
attribute-before standing tie: 9
attribute-before standing umbrella: 4
attribute-before standing uniform: 4
attribute-before standing uniforms: 2
attribute-before standing was: 2
attribute-before standing while: 48
attribute-before standing with: 2
attribute-before standing woman: 81
attribute-before standing women: 12
attribute-before standing zebra: 52
attribute-before standing zebras: 34
attribute-before stone a: 36
attribute-before stone and: 2
attribute-before stone on: 2
attribute-before stone tall: 2
attribute-before stone with: 3
attribute-before striped a: 18
attribute-before striped blue: 2
attribute-before striped white: 2
attribute-before sunny a: 38
attribute-before sunny bright: 3
attribute-before sunny on: 5
attribute-before sunny the: 2
attribute-before teal a: 4
attribute-before walking and: 9
attribute-before walking animals: 7
attribute-before walking are: 62
attribute-before walking bear: 20
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
attribute-before walking people: 71
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
attribute-before walking woman: 26
attribute-before walking women: 4
attribute-before walking zebra: 4
attribute-before walking zebras: 7
attribute-before wet a: 37
attribute-before wet in: 2
attribute-before wet on: 2
attribute-before wet the: 3
attribute-before white a: 603
attribute-before white all: 6
attribute-before white and: 400
attribute-before white big: 4
attribute-before white has: 2
attribute-before white in: 31
attribute-before white is: 4
attribute-before white large: 30
attribute-before white little: 3
attribute-before white long: 3
attribute-before white matching: 2
attribute-before white near: 3
attribute-before white of: 23
attribute-before white off: 2
attribute-before white on: 10
attribute-before white plain: 3
attribute-before white single: 2
attribute-before white small: 21
attribute-before white tall: 2
attribute-before white the: 22
attribute-before white three: 6
attribute-before white to: 4
attribute-before white two: 14
attribute-before white wearing: 2
attribute-before white with: 38
attribute-before wicker a: 3
attribute-before wooden a: 284
attribute-before wooden and: 10
attribute-before wooden broken: 2
attribute-before wooden brown: 3
attribute-before wooden clean: 2
attribute-before wooden empty: 2
attribute-before wooden hard: 4
attribute-before wooden has: 3
attribute-before wooden in: 2
attribute-before wooden large: 11
attribute-before wooden long: 2
attribute-before wooden of: 5
attribute-before wooden old: 7
attribute-before wooden on: 12
attribute-before wooden red: 2
attribute-before wooden several: 2
attribute-before wooden small: 7
attribute-before wooden some: 4
attribute-before wooden the: 7
attribute-before wooden to: 2
attribute-before wooden with: 22
attribute-before yellow a: 124
attribute-before yellow and: 47
attribute-before yellow bright: 8
attribute-before yellow in: 8
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
attribute-before yellow with: 13
attribute-before young a: 442
attribute-before young and: 7
attribute-before young another: 2
attribute-before young beautiful: 6
attribute-before young of: 44
attribute-before young one: 2
attribute-before young pretty: 7
attribute-before young smiling: 5
attribute-before young the: 33
attribute-before young three: 5
attribute-before young two: 46
attribute-before young very: 2
attribute-before young with: 2
away: 8
backpack: 17
bagel: 9
ball: 270
balloon: 9
banana: 260
bandana: 4
barn: 13
baseball: 252
baseball bat: 227
baseball player: 198
basket: 32
basketball: 9
bathroom: 526
bathtub: 78
beach: 413
bear: 174
bed: 408
bedroom: 67
beer: 41
behind: 319
beige: 31
bench: 349
bicycle: 273
bird: 310
black: 496
blue: 439
boat: 295
book: 127
boot: 8
bottle: 103
bowl: 286
box: 111
boy: 386
brick: 88
bridge: 68
broccoli: 132
brown: 303
burger: 21
bus: 426
bush: 47
cabinet: 85
cake: 227
camera: 141
candle: 40
canoe: 11
car: 424
carrot: 94
castle: 5
cat: 807
cell phone: 397
ceramic: 9
chair: 325
chandelier: 5
checkered: 23
chef: 10
cherry: 4
chicken: 28
child: 458
chopstick: 5
church: 31
clean: 41
closed: 14
cloudy: 64
coffee: 65
concrete: 39
cookie: 10
couch: 257
counterfactual be ing: 3174
counterfactual have a: 653
counterfactual have no: 8
counterfactual with: 3018
counterfactual without: 2
counting five man: 3
counting five orange: 2
counting five person: 4
counting four banana: 2
counting four bird: 2
counting four bottle: 2
counting four bowl: 3
counting four chair: 4
counting four child: 4
counting four computer: 2
counting four dog: 5
counting four giraffe: 8
counting four horse: 3
counting four man: 9
counting four person: 13
counting four teddy bear: 2
counting four vase: 2
counting four zebra: 4
counting one ad: 2
counting one adult: 21
counting one advertisement: 6
counting one air: 11
counting one aircraft: 3
counting one airplane: 80
counting one airport: 4
counting one amount: 7
counting one animal: 11
counting one apple: 22
counting one apron: 3
counting one area: 5
counting one arrangement: 2
counting one arrow: 4
counting one art: 3
counting one assortment: 16
counting one athlete: 4
counting one atm: 2
counting one audience: 4
counting one baby: 54
counting one backdrop: 2
counting one background: 4
counting one backpack: 5
counting one bag: 24
counting one bagel: 5
counting one ball: 75
counting one balloon: 3
counting one banana: 52
counting one bandana: 2
counting one banner: 2
counting one bar: 5
counting one barge: 3
counting one barrier: 2
counting one base: 9
counting one baseball: 80
counting one baseball bat: 58
counting one baseball player: 104
counting one basket: 8
counting one basketball: 3
counting one bat: 66
counting one batch: 3
counting one bath: 5
counting one bathroom: 209
counting one bathtub: 14
counting one batter: 27
counting one beach: 20
counting one beanie: 2
counting one bear: 50
counting one beard: 9
counting one bed: 80
counting one bedroom: 25
counting one bedspread: 2
counting one beer: 14
counting one bell: 3
counting one bench: 67
counting one beverage: 5
counting one bicycle: 53
counting one bicyclist: 6
counting one bike: 67
counting one billboard: 4
counting one bin: 2
counting one biplane: 5
counting one bird: 123
counting one birthday: 17
counting one bit: 2
counting one bite: 28
counting one blackboard: 4
counting one blanket: 12
counting one blender: 16
counting one block: 3
counting one blonde: 2
counting one board: 8
counting one boat: 83
counting one body: 22
counting one book: 40
counting one bookcase: 7
counting one bookshelf: 4
counting one bottle: 44
counting one boulder: 2
counting one bouquet: 3
counting one bow: 12
counting one bowl: 115
counting one box: 25
counting one boy: 263
counting one branch: 3
counting one break: 7
counting one breakfast: 3
counting one brick: 12
counting one bride: 14
counting one bridge: 16
counting one briefcase: 2
counting one broccoli: 6
counting one bucket: 3
counting one buffet: 4
counting one building: 122
counting one bull: 9
counting one bunt: 2
counting one burger: 7
counting one bus: 220
counting one business: 4
counting one button: 2
counting one cabinet: 12
counting one caboose: 2
counting one cage: 2
counting one cake: 76
counting one calculator: 2
counting one calf: 6
counting one camera: 23
counting one canal: 2
counting one candle: 9
counting one canoe: 6
counting one car: 81
counting one cargo: 3
counting one carriage: 14
counting one carrot: 17
counting one cart: 12
counting one cartoon: 4
counting one castle: 3
counting one cat: 358
counting one catcher: 12
counting one cave: 4
counting one ceiling: 8
counting one cell phone: 51
counting one cellphone: 17
counting one centerpiece: 2
counting one chain: 8
counting one chair: 63
counting one chalkboard: 2
counting one chandelier: 3
counting one cheeseburger: 2
counting one chef: 3
counting one cherry: 3
counting one chicken: 3
counting one child: 138
counting one chili: 3
counting one chocolate: 6
counting one christmas: 3
counting one chrome: 2
counting one church: 10
counting one cigarette: 19
counting one circle: 2
counting one city: 34
counting one class: 4
counting one classroom: 3
counting one clock: 251
counting one closet: 3
counting one clown: 8
counting one cluster: 4
counting one coach: 2
counting one coat: 4
counting one coffee: 11
counting one coin: 6
counting one collage: 10
counting one collar: 7
counting one collection: 11
counting one commuter: 8
counting one computer: 63
counting one construction: 3
counting one container: 8
counting one controller: 5
counting one cookie: 3
counting one cooler: 4
counting one cop: 3
counting one corner: 7
counting one costume: 3
counting one couch: 57
counting one counter: 23
counting one countertop: 2
counting one cow: 57
counting one cowboy: 4
counting one cracker: 3
counting one crane: 4
counting one crate: 3
counting one cream: 5
counting one crosswalk: 3
counting one cruise: 2
counting one cup: 53
counting one cupcake: 10
counting one curb: 6
counting one curtain: 4
counting one curve: 3
counting one dairy: 4
counting one deck: 2
counting one deli: 2
counting one delivery: 3
counting one den: 5
counting one desert: 4
counting one desk: 74
counting one desktop: 7
counting one dessert: 3
counting one device: 4
counting one dime: 2
counting one dinner: 8
counting one dirt: 8
counting one disc: 10
counting one dish: 17
counting one disk: 4
counting one display: 27
counting one dock: 7
counting one dog: 331
counting one doll: 4
counting one donkey: 5
counting one donut: 16
counting one door: 17
counting one doorway: 4
counting one double-decker: 5
counting one doughnut: 17
counting one dress: 9
counting one dresser: 2
counting one drink: 43
counting one duck: 6
counting one dug: 2
counting one egg: 11
counting one elephant: 107
counting one enclosure: 2
counting one engine: 3
counting one entertainment: 2
counting one entrance: 2
counting one event: 5
counting one exit: 2
counting one face: 11
counting one family: 22
counting one farmer: 3
counting one fashion: 2
counting one father: 2
counting one fedora: 2
counting one female: 10
counting one fence: 43
counting one field: 25
counting one fighter: 6
counting one fire: 18
counting one fire hydrant: 129
counting one fireplace: 20
counting one flag: 9
counting one flashlight: 3
counting one flight: 2
counting one floor: 10
counting one flower: 18
counting one foil: 3
counting one food: 10
counting one football: 2
counting one forest: 10
counting one fork: 49
counting one formation: 2
counting one fountain: 2
counting one freight: 4
counting one fridge: 19
counting one frisbee: 111
counting one fruit: 9
counting one game: 123
counting one garbage: 5
counting one gate: 5
counting one gentleman: 4
counting one giant: 4
counting one giraffe: 109
counting one girl: 174
counting one glass: 57
counting one glove: 3
counting one goat: 11
counting one gold: 4
counting one goose: 2
counting one granite: 2
counting one guitar: 6
counting one gun: 3
counting one guy: 75
counting one hair: 5
counting one hairbrush: 3
counting one haircut: 3
counting one hallway: 2
counting one ham: 2
counting one hamburger: 4
counting one hammer: 2
counting one hand: 44
counting one handicap: 3
counting one handkerchief: 3
counting one handle: 5
counting one harbor: 7
counting one harness: 4
counting one hat: 42
counting one hawk: 3
counting one head: 6
counting one heart: 4
counting one helmet: 19
counting one highway: 4
counting one hill: 5
counting one hitter: 3
counting one hockey: 4
counting one hole: 2
counting one home: 6
counting one hood: 3
counting one horse: 191
counting one hot dog: 39
counting one hotdog: 13
counting one hotel: 5
counting one house: 13
counting one hydrant: 2
counting one ice: 2
counting one individual: 5
counting one instructor: 2
counting one intersection: 19
counting one ipod: 3
counting one island: 9
counting one item: 2
counting one jacket: 12
counting one jar: 2
counting one jeep: 3
counting one jet: 12
counting one jetliner: 6
counting one jockey: 3
counting one joke: 3
counting one jump: 22
counting one keyboard: 49
counting one kid: 38
counting one kitchen: 125
counting one kite: 148
counting one kitten: 13
counting one kitty: 4
counting one knife: 43
counting one lady: 49
counting one lake: 8
counting one lamb: 2
counting one lamp: 16
counting one lamp post: 6
counting one landing: 2
counting one lap: 14
counting one laptop: 140
counting one leaf: 3
counting one leash: 3
counting one leg: 2
counting one lemon: 4
counting one leopard: 2
counting one library: 2
counting one lid: 4
counting one life: 2
counting one lifeguard: 3
counting one light: 32
counting one lighthouse: 2
counting one lime: 4
counting one living room: 109
counting one llama: 5
counting one load: 2
counting one loaf: 3
counting one log: 4
counting one logo: 3
counting one luggage: 5
counting one lunch: 4
counting one machine: 2
counting one male: 18
counting one man: 2061
counting one mane: 2
counting one map: 7
counting one marble: 4
counting one marina: 2
counting one market: 4
counting one meal: 33
counting one meat: 2
counting one medium: 4
counting one mess: 2
counting one message: 2
counting one metal: 16
counting one microphone: 3
counting one microwave: 25
counting one milk: 2
counting one milkshake: 2
counting one mirror: 39
counting one mixture: 2
counting one mobile phone: 3
counting one model: 2
counting one monitor: 24
counting one moon: 2
counting one moped: 3
counting one mother: 12
counting one motion: 3
counting one motor: 9
counting one motorcycle: 124
counting one motorcyclist: 3
counting one mountain: 12
counting one mouse: 29
counting one mouth: 3
counting one movie: 3
counting one muffin: 3
counting one mug: 4
counting one mustache: 3
counting one name: 2
counting one nap: 8
counting one napkin: 2
counting one neck: 5
counting one newspaper: 6
counting one night: 5
counting one nose: 4
counting one notebook: 4
counting one object: 9
counting one ocean: 4
counting one office: 9
counting one orange: 83
counting one ornament: 2
counting one oven: 21
counting one overview: 2
counting one pacifier: 3
counting one pack: 6
counting one paddle: 5
counting one painting: 27
counting one palm tree: 3
counting one pan: 13
counting one pancake: 2
counting one panda: 5
counting one paper: 10
counting one para: 3
counting one parachute: 3
counting one parade: 3
counting one park: 28
counting one party: 6
counting one passenger: 54
counting one pasta: 2
counting one pastry: 10
counting one patch: 2
counting one patio: 3
counting one pattern: 3
counting one paw: 2
counting one pear: 5
counting one pen: 12
counting one pencil: 2
counting one person: 743
counting one phone: 29
counting one photograph: 15
counting one photographer: 2
counting one piano: 2
counting one pickle: 4
counting one pickup truck: 3
counting one picnic: 6
counting one pie: 4
counting one pier: 5
counting one pigeon: 4
counting one pillow: 6
counting one pineapple: 6
counting one pirate: 2
counting one pitch: 13
counting one pitcher: 16
counting one pizza: 127
counting one place: 2
counting one plaid: 4
counting one plane: 54
counting one plant: 12
counting one plastic: 9
counting one plate: 299
counting one platform: 5
counting one platter: 3
counting one player: 11
counting one playground: 2
counting one plaza: 2
counting one plow: 3
counting one polar bear: 27
counting one pole: 34
counting one police: 5
counting one police officer: 7
counting one policeman: 4
counting one pond: 4
counting one pony: 5
counting one porch: 2
counting one pork: 2
counting one portion: 4
counting one portrait: 7
counting one poster: 5
counting one pot: 9
counting one presentation: 2
counting one princess: 2
counting one printer: 8
counting one projector: 2
counting one prop: 3
counting one propeller: 6
counting one puppy: 10
counting one purse: 4
counting one quilt: 2
counting one race: 3
counting one rack: 4
counting one racket: 40
counting one racquet: 37
counting one rag: 2
counting one rail: 4
counting one railroad: 4
counting one rain: 3
counting one rainbow: 7
counting one ramp: 6
counting one referee: 4
counting one reflection: 6
counting one refrigerator: 48
counting one remote: 18
counting one remote control: 15
counting one restaurant: 9
counting one restroom: 2
counting one ribbon: 8
counting one rider: 6
counting one river: 16
counting one road: 40
counting one roadway: 3
counting one robot: 2
counting one rock: 8
counting one roll: 4
counting one room: 77
counting one rope: 4
counting one rose: 2
counting one rug: 5
counting one run: 3
counting one runner: 8
counting one runway: 2
counting one saddle: 2
counting one sail: 7
counting one sailboat: 2
counting one salad: 27
counting one sandwich: 87
counting one sauce: 3
counting one sausage: 4
counting one scarf: 3
counting one school: 21
counting one scooter: 11
counting one screen: 3
counting one sculpture: 7
counting one seat: 7
counting one section: 2
counting one selection: 2
counting one semi: 4
counting one service: 3
counting one shadow: 5
counting one shark: 2
counting one sheet: 6
counting one shelf: 10
counting one ship: 5
counting one shirt: 38
counting one shoe: 6
counting one shore: 2
counting one shower: 36
counting one sidewalk: 20
counting one sign: 105
counting one sink: 112
counting one size: 2
counting one skate: 32
counting one skateboard: 113
counting one skateboarder: 62
counting one skater: 3
counting one ski: 5
counting one skier: 49
counting one skillet: 3
counting one skirt: 3
counting one skull: 2
counting one sky: 16
counting one sled: 2
counting one smartphone: 2
counting one snack: 4
counting one snow: 21
counting one snowboard: 27
counting one snowboarder: 11
counting one soccer: 7
counting one soccer ball: 33
counting one soccer player: 7
counting one soda: 5
counting one sofa: 7
counting one soup: 3
counting one speaker: 2
counting one speech: 3
counting one speed: 5
counting one spoon: 28
counting one spray: 2
counting one square: 7
counting one star: 3
counting one station: 6
counting one statue: 42
counting one steeple: 5
counting one stick: 9
counting one sticker: 3
counting one stone: 5
counting one stop: 14
counting one stop sign: 86
counting one stoplight: 7
counting one store: 8
counting one stove: 36
counting one strawberry: 2
counting one street: 69
counting one street light: 19
counting one street sign: 89
counting one string: 2
counting one stripe: 2
counting one stuffed animal: 16
counting one stunt: 7
counting one subway: 4
counting one suit: 31
counting one suitcase: 25
counting one surf: 33
counting one surfboard: 72
counting one surfer: 59
counting one swan: 4
counting one swing: 7
counting one t: 3
counting one t-shirt: 2
counting one table: 183
counting one tail: 4
counting one tan: 4
counting one tank: 3
counting one taxi: 4
counting one teapot: 3
counting one teddy bear: 84
counting one teenager: 8
counting one television: 50
counting one tennis: 22
counting one tennis ball: 81
counting one tennis player: 103
counting one tennis racket: 91
counting one tent: 6
counting one thing: 3
counting one ticket: 2
counting one tie: 38
counting one tile: 4
counting one tire: 2
counting one toaster: 9
counting one toddler: 17
counting one toilet: 186
counting one toilette: 2
counting one tomato: 3
counting one tongue: 2
counting one tooth: 4
counting one toothbrush: 31
counting one tour: 6
counting one tow: 3
counting one towel: 14
counting one tower: 11
counting one town: 3
counting one toy: 13
counting one track: 2
counting one tractor: 4
counting one traffic: 9
counting one traffic light: 45
counting one traffic signal: 2
counting one trail: 6
counting one train: 291
counting one tram: 2
counting one transit: 5
counting one trash: 5
counting one tray: 32
counting one tree: 56
counting one trick: 96
counting one tricycle: 2
counting one trio: 6
counting one trip: 2
counting one trolley: 6
counting one truck: 71
counting one trunk: 2
counting one tub: 22
counting one tube: 2
counting one tunnel: 2
counting one turkey: 7
counting one turn: 2
counting one tv: 23
counting one umbrella: 173
counting one umpire: 8
counting one upside: 2
counting one urinal: 4
counting one utensil: 2
counting one utility: 3
counting one van: 7
counting one vanity: 8
counting one vase: 67
counting one vehicle: 6
counting one video: 73
counting one vintage: 2
counting one volley: 6
counting one waffle: 5
counting one wagon: 8
counting one waitress: 2
counting one walkway: 2
counting one wall: 63
counting one water: 12
counting one watermelon: 2
counting one waterway: 3
counting one wave: 111
counting one wedding: 10
counting one wheel: 4
counting one wind: 2
counting one window: 51
counting one wine: 3
counting one wire: 5
counting one wok: 3
counting one wolf: 2
counting one woman: 873
counting one wood: 11
counting one worker: 3
counting one youth: 2
counting one zebra: 69
counting one zombie: 2
counting six donut: 5
counting six man: 2
counting six umbrella: 2
counting three baseball player: 3
counting three bear: 7
counting three bird: 3
counting three bottle: 3
counting three bowl: 3
counting three boy: 3
counting three cat: 2
counting three child: 4
counting three computer: 5
counting three cow: 6
counting three dish: 2
counting three dog: 6
counting three elephant: 3
counting three flower: 2
counting three giraffe: 8
counting three horse: 3
counting three hot dog: 2
counting three hotdog: 2
counting three image: 3
counting three jockey: 2
counting three man: 28
counting three monitor: 2
counting three mug: 2
counting three person: 50
counting three pillow: 3
counting three plate: 4
counting three sausage: 2
counting three shelf: 2
counting three sink: 3
counting three skier: 3
counting three stuffed animal: 3
counting three teddy bear: 8
counting three tray: 2
counting three urinal: 3
counting three vase: 3
counting three window: 2
counting three woman: 10
counting three zebra: 20
counting two adult: 3
counting two airplane: 7
counting two apple: 8
counting two athlete: 2
counting two banana: 2
counting two baseball player: 5
counting two bear: 27
counting two bed: 5
counting two bird: 17
counting two blanket: 2
counting two boat: 15
counting two bowl: 11
counting two boy: 16
counting two bucket: 2
counting two bus: 6
counting two cake: 2
counting two car: 4
counting two cat: 20
counting two cell phone: 3
counting two cellphone: 2
counting two chair: 6
counting two child: 29
counting two clock: 8
counting two computer: 9
counting two container: 2
counting two couch: 2
counting two cow: 16
counting two cracker: 2
counting two cup: 5
counting two dish: 2
counting two dog: 39
counting two elephant: 36
counting two flower: 2
counting two friend: 4
counting two giraffe: 61
counting two girl: 36
counting two glass: 10
counting two goat: 3
counting two guy: 10
counting two hand: 4
counting two horse: 26
counting two hot dog: 8
counting two image: 2
counting two jet: 4
counting two kid: 9
counting two kite: 3
counting two lady: 4
counting two laptop: 6
counting two man: 144
counting two mirror: 2
counting two monitor: 19
counting two motorcycle: 4
counting two parrot: 2
counting two person: 173
counting two photograph: 2
counting two pizza: 9
counting two plane: 8
counting two plate: 21
counting two player: 3
counting two pole: 2
counting two remote: 4
counting two roll: 2
counting two sandwich: 10
counting two shoe: 2
counting two sign: 9
counting two sink: 10
counting two skateboarder: 3
counting two skier: 8
counting two snowboarder: 3
counting two speaker: 3
counting two stove: 3
counting two strawberry: 3
counting two street light: 2
counting two street sign: 13
counting two stuffed animal: 11
counting two surfboard: 2
counting two surfer: 11
counting two teddy bear: 6
counting two television: 3
counting two tennis player: 11
counting two toilet: 5
counting two toothbrush: 3
counting two towel: 4
counting two train: 10
counting two tray: 2
counting two truck: 4
counting two urinal: 7
counting two vase: 3
counting two window: 5
counting two woman: 70
counting two zebra: 42
counting-after five none: 12
counting-after five verb: 6
counting-after four none: 55
counting-after four verb: 33
counting-after one none: 13188
counting-after one verb: 4605
counting-after seven verb: 2
counting-after six none: 14
counting-after three none: 173
counting-after three verb: 89
counting-after two none: 856
counting-after two verb: 387
cow: 275
crib: 2
croissant: 2
crow: 3
cucumber: 4
cup: 109
cupcake: 19
dachshund: 1
desert: 25
desk: 291
dirt: 162
dirty: 35
dishwasher: 9
doctor: 1
dog: 702
doll: 19
donkey: 10
donut: 127
door: 100
downstairs: 1
dress: 48
dresser: 11
dry: 36
duck: 18
eagle: 2
elderly: 18
elephant: 374
eleven: 1
empty: 119
far from: 18
farmer: 7
fence: 197
field: 615
fire hydrant: 221
five: 18
floral: 19
flower: 176
forest: 66
fork: 82
form-count above: 139
form-count ahead of: 1
form-count alongside: 15
form-count aluminum: 3
form-count atop: 33
form-count away: 8
form-count away from: 17
form-count behind: 318
form-count beige: 13
form-count below: 31
form-count beneath: 19
form-count beside: 142
form-count big: 204
form-count black: 496
form-count blue: 439
form-count brick: 88
form-count brown: 303
form-count by: 375
form-count cardboard: 10
form-count cement: 21
form-count ceramic: 5
form-count checked: 3
form-count checkered: 7
form-count circular: 7
form-count clean: 41
form-count close to: 27
form-count closed: 14
form-count cloudy: 59
form-count concrete: 18
form-count dirty: 35
form-count dotted: 1
form-count downstairs: 1
form-count dry: 36
form-count elderly: 18
form-count empty: 119
form-count enormous: 3
form-count far away from: 1
form-count floral: 10
form-count flowered: 9
form-count full: 45
form-count giant: 29
form-count glass: 110
form-count gold: 18
form-count golden: 5
form-count granite: 6
form-count gray: 67
form-count green: 497
form-count grey: 49
form-count huge: 32
form-count in: 4310
form-count in back of: 1
form-count in front of: 681
form-count inside: 126
form-count inside of: 113
form-count iron: 11
form-count large: 990
form-count laying: 359
form-count leather: 13
form-count left hand: 7
form-count left side: 4
form-count long: 162
form-count lying: 90
form-count marble: 10
form-count metal: 94
form-count metallic: 12
form-count miniature: 4
form-count near: 779
form-count new: 12
form-count next to: 1417
form-count old: 267
form-count on: 5618
form-count on top of: 660
form-count onto: 48
form-count open: 236
form-count orange: 185
form-count out of: 78
form-count outside: 232
form-count outside of: 61
form-count oval: 7
form-count over: 291
form-count overcast: 5
form-count paper: 50
form-count pink: 95
form-count plaid: 13
form-count plain: 6
form-count plastic: 52
form-count polka dot: 2
form-count porcelain: 4
form-count purple: 57
form-count rainy: 14
form-count rectangular: 3
form-count red: 557
form-count right hand: 7
form-count right side: 2
form-count round: 22
form-count running: 112
form-count seated: 35
form-count short: 21
form-count silver: 58
form-count sitting: 2281
form-count small: 755
form-count snowy: 139
form-count solid: 1
form-count square: 23
form-count standing: 1813
form-count steel: 39
form-count stone: 41
form-count striped: 36
form-count sunny: 50
form-count tan: 18
form-count teal: 2
form-count the bottom: 26
form-count the left: 1
form-count the right: 7
form-count the top: 94
form-count tiny: 18
form-count toward: 26
form-count towards: 48
form-count triangular: 1
form-count turquoise: 4
form-count under: 236
form-count underneath: 53
form-count upon: 8
form-count walking: 610
form-count wet: 50
form-count white: 1326
form-count wicker: 5
form-count within: 6
form-count wood: 69
form-count wooden: 363
form-count yellow: 262
form-count young: 675
fountain: 4
four: 88
fox: 2
frisbee: 152
full: 45
garage: 12
gate: 18
gazelle: 1
giraffe: 436
girl: 325
glass: 270
goat: 31
gold: 23
grape: 7
grass: 451
gravel: 11
gray: 116
green: 497
guitar: 8
hammer: 2
hammock: 5
handbag: 10
hat: 99
headband: 1
helmet: 40
hippopotamus: 1
hoodie: 2
horse: 505
hot dog: 112
house: 166
hut: 2
in front of: 682
inside: 4555
jacket: 81
jar: 16
jeep: 6
juice: 17
kangaroo: 1
kayak: 1
keyboard: 118
kitchen: 444
kite: 252
knife: 63
lake: 83
lamp: 40
lamp post: 58
lantern: 1
laptop: 465
large: 1258
leather: 13
lemon: 18
leopard: 5
lion: 1
living room: 266
long: 162
lying: 449
magazine: 5
man: 3213
metal: 159
microwave: 67
milk: 13
mirror: 168
monitor: 71
monkey: 5
motorcycle: 367
mountain: 291
mouse: 68
muffin: 6
new: 12
newspaper: 12
next to: 2755
nine: 1
notebook: 8
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
object airplane to: 3
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
object banana showing: 2
object banana small: 2
object banana to: 4
object banana two: 3
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
object baseball bat to: 14
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
object bathroom dirty: 4
object bathroom empty: 2
object bathroom from: 2
object bathroom in: 125
object bathroom inside: 4
object bathroom into: 2
object bathroom is: 4
object bathroom large: 3
object bathroom of: 34
object bathroom on: 7
object bathroom open: 2
object bathroom small: 44
object bathroom tiny: 2
object bathroom to: 4
object bathroom under: 5
object bathroom white: 29
object bathtub and: 25
object bathtub of: 7
object bathtub to: 2
object bathtub white: 5
object bathtub with: 11
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
object beach to: 9
object beach wet: 2
object bear big: 2
object bear black: 37
object bear brown: 38
object bear large: 8
object bear of: 11
object bear small: 2
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
object bed of: 28
object bed on: 159
object bed pink: 2
object bed small: 4
object bed to: 10
object bed two: 4
object bed white: 13
object bed with: 19
object bed wooden: 2
object bedroom in: 27
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
object bicycle and: 14
object bicycle behind: 2
object bicycle beside: 2
object bicycle black: 2
object bicycle blue: 6
object bicycle by: 6
object bicycle holding: 2
object bicycle in: 3
object bicycle is: 5
object bicycle many: 2
object bicycle near: 2
object bicycle of: 18
object bicycle off: 3
object bicycle on: 38
object bicycle pink: 3
object bicycle red: 3
object bicycle rides: 5
object bicycle riding: 25
object bicycle several: 5
object bicycle to: 21
object bicycle walking: 3
object bicycle white: 2
object bicycle with: 18
object bird and: 11
object bird big: 3
object bird black: 22
object bird blue: 4
object bird brown: 7
object bird by: 2
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
object boat to: 6
object boat two: 11
object boat white: 11
object boat with: 18
object boat wooden: 9
object boat yellow: 3
object book and: 22
object book at: 5
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
object bottle to: 12
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
object bowl to: 11
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
object boy of: 12
object boy small: 21
object boy teaching: 2
object boy three: 3
object boy to: 3
object boy two: 9
object boy while: 2
object boy with: 4
object boy young: 128
object bridge across: 3
object bridge and: 2
object bridge large: 2
object bridge near: 3
object bridge of: 3
object bridge on: 9
object bridge over: 9
object bridge small: 2
object bridge to: 4
object bridge under: 9
object bridge underneath: 2
object broccoli and: 32
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
object cake cut: 3
object cake cuts: 2
object cake cutting: 17
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
object candle and: 10
object candle lighting: 2
object candle to: 2
object candle white: 2
object candle with: 13
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
object carrot has: 2
object carrot holding: 2
object carrot large: 4
object carrot of: 23
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
object cell phone to: 6
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
object chair of: 18
object chair on: 37
object chair orange: 5
object chair purple: 2
object chair red: 12
object chair three: 3
object chair to: 5
object chair two: 5
object chair white: 5
object chair wicker: 4
object chair with: 28
object chair wood: 2
object chair wooden: 11
object chef in: 2
object cherry and: 2
object chicken and: 3
object chicken of: 9
object chicken with: 3
object child and: 27
object child as: 2
object child at: 2
object child four: 6
object child helping: 2
object child holding: 5
object child many: 4
object child of: 65
object child several: 9
object child small: 60
object child three: 4
object child to: 10
object child two: 35
object child with: 14
object child young: 67
object chopstick and: 3
object chopstick with: 2
object church is: 2
object church of: 6
object church old: 3
object church with: 2
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
object cow three: 8
object cow to: 3
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
object cup to: 7
object cup two: 8
object cup white: 2
object cup with: 13
object cupcake at: 2
object cupcake holding: 2
object cupcake of: 2
object cupcake touching: 2
object cupcake with: 2
object desert and: 2
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
object dirt across: 2
object dirt along: 6
object dirt and: 5
object dirt down: 3
object dirt in: 46
object dirt near: 2
object dirt of: 20
object dirt on: 57
object dirt riding: 3
object dirt to: 3
object dirt with: 3
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
object dog holding: 5
object dog is: 4
object dog large: 14
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
object donut at: 2
object donut eating: 6
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
object door green: 4
object door in: 5
object door near: 2
object door of: 7
object door on: 5
object door open: 17
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
object dresser and: 3
object dresser on: 2
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
object elephant many: 2
object elephant of: 89
object elephant on: 7
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
object fence to: 24
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
object field snowy: 4
object field through: 13
object field to: 7
object fire hydrant and: 7
object fire hydrant around: 2
object fire hydrant black: 4
object fire hydrant blue: 8
object fire hydrant from: 2
object fire hydrant green: 2
object fire hydrant is: 2
object fire hydrant near: 7
object fire hydrant nine: 2
object fire hydrant of: 6
object fire hydrant old: 5
object fire hydrant opening: 2
object fire hydrant orange: 7
object fire hydrant red: 39
object fire hydrant silver: 4
object fire hydrant to: 13
object fire hydrant white: 6
object fire hydrant with: 2
object fire hydrant yellow: 17
object flower and: 10
object flower black: 2
object flower by: 2
object flower has: 2
object flower in: 3
object flower of: 31
object flower pink: 6
object flower purple: 11
object flower red: 13
object flower to: 2
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
object giraffe three: 18
object giraffe to: 3
object giraffe two: 108
object giraffe with: 5
object giraffe young: 2
object girl and: 9
object girl of: 16
object girl one: 3
object girl small: 11
object girl three: 2
object girl to: 3
object girl two: 32
object girl with: 3
object girl young: 86
object glass and: 29
object glass behind: 7
object glass from: 2
object glass in: 16
object glass near: 3
object glass of: 9
object glass pouring: 4
object glass several: 2
object glass to: 12
object glass two: 10
object glass with: 27
object goat black: 3
object goat few: 2
object goat of: 5
object goat white: 5
object goat with: 2
object grass across: 5
object grass and: 16
object grass big: 2
object grass brown: 4
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
object grass through: 10
object grass to: 3
object grass with: 10
object gravel in: 3
object gravel on: 6
object guitar playing: 5
object guitar with: 2
object hammock in: 3
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
object horse to: 8
object horse two: 31
object horse while: 4
object horse white: 33
object horse with: 11
object hot dog eat: 2
object hot dog eating: 7
object hot dog eats: 2
object hot dog holding: 11
object hot dog into: 2
object hot dog long: 2
object hot dog of: 10
object hot dog plastic: 3
object hot dog putting: 3
object hot dog three: 6
object hot dog two: 10
object hot dog with: 10
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
object house to: 11
object house with: 4
object jacket and: 2
object jacket black: 12
object jacket blue: 12
object jacket brown: 3
object jacket green: 5
object jacket in: 11
object jacket purple: 2
object jacket red: 15
object jacket wearing: 2
object jacket white: 5
object jacket yellow: 5
object jar and: 4
object jar glass: 2
object jar with: 3
object jeep of: 2
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
object kitchen clean: 7
object kitchen empty: 3
object kitchen in: 144
object kitchen inside: 2
object kitchen is: 5
object kitchen large: 4
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
object living room in: 99
object living room is: 3
object living room large: 7
object living room of: 13
object living room small: 2
object living room white: 3
object living room with: 3
object magazine with: 2
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
object man three: 33
object man to: 26
object man two: 176
object man watch: 3
object man watching: 4
object man while: 10
object man with: 30
object man young: 193
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
object mirror and: 23
object mirror at: 2
object mirror big: 5
object mirror by: 2
object mirror has: 2
object mirror in: 41
object mirror into: 3
object mirror large: 12
object mirror near: 2
object mirror of: 16
object mirror sink: 2
object mirror small: 3
object mirror through: 2
object mirror to: 4
object mirror two: 2
object mirror under: 5
object mirror using: 2
object mirror with: 12
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
object motorcycle to: 9
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
object notebook and: 2
object notebook in: 2
object notebook with: 2
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
object orange to: 2
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
object oven silver: 3
object oven small: 2
object oven steel: 3
object oven to: 6
object oven two: 4
object oven white: 9
object oven with: 19
object owl two: 2
object palm tree and: 4
object palm tree by: 2
object palm tree near: 3
object palm tree of: 4
object palm tree to: 2
object palm tree with: 3
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
object park to: 4
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
object pineapple and: 3
object pineapple of: 3
object pitcher and: 2
object pitcher while: 2
object pizza and: 7
object pizza at: 3
object pizza big: 3
object pizza cuts: 2
object pizza eating: 4
object pizza eats: 2
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
object pizza small: 12
object pizza square: 2
object pizza taking: 2
object pizza three: 2
object pizza to: 2
object pizza two: 13
object pizza up: 2
object pizza with: 30
object plate and: 22
object plate at: 11
object plate black: 5
object plate blue: 13
object plate eating: 4
object plate empty: 6
object plate for: 2
object plate from: 11
object plate glass: 3
object plate green: 4
object plate has: 3
object plate holding: 20
object plate in: 7
object plate is: 4
object plate large: 4
object plate making: 2
object plate many: 5
object plate near: 3
object plate of: 47
object plate on: 212
object plate oval: 2
object plate over: 2
object plate paper: 17
object plate plastic: 3
object plate preparing: 2
object plate red: 7
object plate round: 5
object plate several: 7
object plate silver: 2
object plate small: 9
object plate square: 5
object plate three: 3
object plate to: 12
object plate two: 25
object plate up: 2
object plate white: 128
object plate with: 49
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
object potato and: 12
object potato of: 2
object potato with: 5
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
object refrigerator of: 20
object refrigerator old: 6
object refrigerator on: 3
object refrigerator open: 16
object refrigerator silver: 3
object refrigerator small: 4
object refrigerator steel: 6
object refrigerator two: 2
object refrigerator white: 14
object refrigerator with: 12
object remote and: 3
object remote holding: 6
object remote of: 3
object remote three: 2
object remote to: 7
object remote two: 5
object remote with: 29
object rhinoceros and: 2
object river along: 10
object river by: 8
object river crossing: 6
object river down: 7
object river from: 2
object river in: 22
object river near: 10
object river of: 16
object river on: 10
object river through: 2
object river to: 7
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
object sandwich to: 2
object sandwich two: 10
object sandwich with: 19
object scarf and: 2
object scarf wearing: 2
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
object shoe to: 3
object shoe white: 2
object shoe with: 6
object shower and: 17
object shower glass: 4
object shower has: 3
object shower in: 7
object shower orange: 3
object shower standing: 2
object shower to: 6
object shower with: 10
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
object sink to: 14
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
object skateboarder of: 4
object skateboarder two: 3
object skateboarder young: 9
object ski and: 7
object ski at: 2
object ski down: 3
object ski for: 2
object ski in: 17
object ski of: 13
object ski on: 107
object ski to: 10
object ski two: 2
object ski with: 33
object skier many: 2
object skier of: 13
object skier several: 3
object skier three: 3
object skier two: 8
object skier with: 2
object sneaker green: 2
object sneaker on: 2
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
object strawberry and: 11
object strawberry of: 4
object strawberry two: 3
object strawberry with: 5
object street sign and: 13
object street sign as: 2
object street sign by: 2
object street sign green: 12
object street sign has: 3
object street sign is: 5
object street sign near: 2
object street sign of: 19
object street sign on: 2
object street sign several: 3
object street sign to: 8
object street sign two: 11
object street sign white: 7
object street sign with: 10
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
object surfer is: 3
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
object table long: 22
object table marble: 2
object table near: 9
object table of: 65
object table on: 414
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
object teddy bear of: 12
object teddy bear small: 5
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
object toilet above: 3
object toilet and: 50
object toilet beside: 3
object toilet black: 4
object toilet blue: 9
object toilet by: 2
object toilet closed: 2
object toilet contains: 2
object toilet dirty: 2
object toilet empty: 3
object toilet flushing: 2
object toilet for: 2
object toilet from: 2
object toilet has: 4
object toilet in: 2
object toilet into: 3
object toilet of: 42
object toilet old: 6
object toilet on: 32
object toilet open: 4
object toilet over: 4
object toilet pink: 2
object toilet red: 3
object toilet small: 2
object toilet to: 17
object toilet two: 6
object toilet white: 61
object toilet with: 43
object tomato and: 13
object tomato of: 11
object tomato with: 6
object tower brick: 3
object tower has: 2
object tower large: 4
object tower of: 5
object tower on: 2
object tower small: 2
object tower stone: 2
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
object train down: 8
object train empty: 2
object train for: 10
object train from: 4
object train gray: 3
object train green: 10
object train in: 18
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
object train to: 16
object train towards: 2
object train two: 10
object train while: 2
object train white: 22
object train with: 12
object train yellow: 26
object tram and: 2
object tram off: 2
object tram pulling: 3
object tram red: 2
object tree above: 4
object tree against: 4
object tree and: 40
object tree behind: 3
object tree beneath: 2
object tree beside: 2
object tree by: 36
object tree from: 11
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
object tree through: 3
object tree to: 55
object tree under: 17
object tree underneath: 4
object tree with: 64
object truck and: 11
object truck behind: 2
object truck big: 4
object truck blue: 8
object truck by: 2
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
object van of: 2
object vase and: 5
object vase beside: 2
object vase blue: 2
object vase brown: 2
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
object wall concrete: 2
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
object wall pink: 2
object wall purple: 2
object wall red: 11
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
object water through: 9
object water to: 22
object water with: 22
object window and: 16
object window behind: 3
object window beside: 3
object window big: 2
object window by: 15
object window from: 2
object window glass: 10
object window has: 2
object window in: 32
object window into: 2
object window large: 17
object window many: 2
object window near: 13
object window of: 37
object window on: 14
object window open: 5
object window out: 20
object window outside: 5
object window several: 2
object window sunny: 4
object window three: 2
object window through: 16
object window to: 19
object window two: 7
object window under: 3
object window with: 20
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
object zebra while: 3
object zebra white: 2
object zebra with: 3
object zebra young: 2
ocean: 231
office: 59
old: 267
on: 6367
one: 17793
onion: 23
open: 236
orange: 336
outside: 371
oval: 7
oven: 201
owl: 3
palm tree: 22
paper: 60
park: 217
parking meter: 76
parrot: 3
pasta: 20
peach: 1
pear: 14
pepper: 14
piano: 6
pie: 22
pig: 8
pigeon: 13
pineapple: 14
pink: 95
pitcher: 25
pizza: 421
plastic: 52
plate: 904
polar bear: 40
pole: 142
police officer: 12
polka-dot: 3
poodle: 2
potato: 30
purple: 57
rabbit: 2
rainy: 14
rectangular: 3
red: 557
refrigerator: 184
remote: 81
rhinoceros: 2
river: 116
round: 29
running: 112
sailboat: 13
salad: 53
sand: 85
sandal: 3
sandwich: 158
scarf: 6
scooter: 23
seagull: 11
seven: 2
shelf: 61
shirt: 204
shoe: 46
short: 21
shower: 84
silver: 58
sink: 281
sitting: 2316
six: 15
skateboard: 359
skateboarder: 90
ski: 216
skier: 116
small: 777
sneaker: 9
snow: 362
snowboard: 62
snowboarder: 21
snowy: 139
soccer ball: 53
soccer player: 12
soda: 15
soldier: 2
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
spatial above building: 4
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
spatial above harbor: 2
spatial above head: 11
spatial above heads: 2
spatial above hills: 2
spatial above hurdle: 3
spatial above it: 21
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
spatial above short: 2
spatial above shoulder: 5
spatial above sink: 6
spatial above skateboard: 3
spatial above small: 2
spatial above snow: 3
spatial above steps: 2
spatial above stop: 2
spatial above street: 11
spatial above table: 4
spatial above tall: 3
spatial above tennis: 2
spatial above them: 7
spatial above toilet: 7
spatial above trash: 2
spatial above tray: 3
spatial above trees: 6
spatial above wall: 2
spatial above wooden: 6
spatial behind barbed: 2
spatial behind barrier: 2
spatial behind baseball: 2
spatial behind batter: 2
spatial behind building: 2
spatial behind bus: 2
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
spatial behind it: 39
spatial behind large: 5
spatial behind long: 2
spatial behind man: 2
spatial behind metal: 2
spatial behind on: 3
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
spatial in front of airplane: 2
spatial in front of audience: 2
spatial in front of bar: 2
spatial in front of bathroom: 3
spatial in front of bench: 3
spatial in front of big: 5
spatial in front of blue: 4
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
spatial in front of car: 4
spatial in front of cars: 4
spatial in front of christmas: 5
spatial in front of church: 2
spatial in front of clock: 2
spatial in front of colorful: 4
spatial in front of computer: 11
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
spatial in front of large: 14
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
spatial in front of old: 5
spatial in front of open: 8
spatial in front of other: 3
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
spatial in front of store: 5
spatial in front of table: 7
spatial in front of tall: 12
spatial in front of taxi: 2
spatial in front of tent: 2
spatial in front of them: 2
spatial in front of toilet: 3
spatial in front of traffic: 2
spatial in front of train: 3
spatial in front of tree: 4
spatial in front of trees: 8
spatial in front of two: 7
spatial in front of wall: 7
spatial in front of white: 6
spatial in front of window: 8
spatial in front of windows: 2
spatial in front of wine: 2
spatial in front of woman: 3
spatial in front of wooden: 5
spatial in front of yellow: 3
spatial inside airplane: 6
spatial inside airport: 16
spatial inside and: 4
spatial inside apartment: 2
spatial inside aquarium: 2
spatial inside area: 12
spatial inside arms: 6
spatial inside asian: 4
spatial inside audience: 2
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
spatial inside black: 23
spatial inside blanket: 3
spatial inside blue: 24
spatial inside blurry: 3
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
spatial inside car: 17
spatial inside cardboard: 3
spatial inside carriage: 2
spatial inside case: 4
spatial inside center: 9
spatial inside chair: 43
spatial inside circus: 2
spatial inside city: 76
spatial inside classroom: 5
spatial inside clear: 16
spatial inside close: 2
spatial inside cloud: 2
spatial inside cloudy: 9
spatial inside cluttered: 3
spatial inside coffee: 2
spatial inside commercial: 6
spatial inside commuter: 2
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
spatial inside different: 2
spatial inside dimly: 4
spatial inside diner: 2
spatial inside dining: 3
spatial inside direction: 4
spatial inside dirt: 42
spatial inside dirty: 5
spatial inside dish: 3
spatial inside door: 4
spatial inside doorway: 3
spatial inside doughnut: 3
spatial inside driveway: 5
spatial inside dry: 7
spatial inside dugout: 5
spatial inside dumpster: 3
spatial inside dusty: 2
spatial inside ear: 2
spatial inside empty: 15
spatial inside enclosed: 7
spatial inside enclosure: 40
spatial inside exhibit: 2
spatial inside factory: 5
spatial inside fake: 2
spatial inside fancy: 2
spatial inside fence: 6
spatial inside fenced: 23
spatial inside field: 269
spatial inside fog: 2
spatial inside food: 2
spatial inside foreign: 2
spatial inside forest: 25
spatial inside fridge: 3
spatial inside full: 2
spatial inside game: 4
spatial inside garage: 2
spatial inside garbage: 2
spatial inside garden: 13
spatial inside gated: 3
spatial inside glass: 13
spatial inside grass: 129
spatial inside grassy: 80
spatial inside gray: 6
spatial inside green: 34
spatial inside grocery: 4
spatial inside group: 4
spatial inside gym: 5
spatial inside habitat: 4
spatial inside hall: 2
spatial inside hallway: 4
spatial inside hammock: 3
spatial inside hand: 69
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
spatial inside historic: 3
spatial inside home: 9
spatial inside horse: 4
spatial inside hospital: 7
spatial inside hotel: 9
spatial inside house: 16
spatial inside image: 5
spatial inside indoor: 2
spatial inside intersection: 2
spatial inside is: 2
spatial inside it: 23
spatial inside jungle: 4
spatial inside kitchen: 142
spatial inside lake: 10
spatial inside lap: 3
spatial inside laptop: 2
spatial inside large: 45
spatial inside left: 4
spatial inside library: 2
spatial inside light: 2
spatial inside lighted: 2
spatial inside little: 2
spatial inside living: 95
spatial inside lobby: 3
spatial inside long: 2
spatial inside lot: 17
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
spatial inside mountains: 6
spatial inside mouth: 26
spatial inside mud: 2
spatial inside museum: 2
spatial inside natural: 3
spatial inside neighborhood: 5
spatial inside neon: 2
spatial inside notebook: 2
spatial inside obstacle: 2
spatial inside ocean: 93
spatial inside odd: 2
spatial inside office: 17
spatial inside old: 9
spatial inside open: 49
spatial inside orange: 5
spatial inside other: 6
spatial inside otherwise: 2
spatial inside out: 3
spatial inside outdoor: 9
spatial inside outfield: 5
spatial inside outside: 3
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
spatial inside photo: 4
spatial inside photograph: 3
spatial inside picture: 12
spatial inside pie: 2
spatial inside piece: 2
spatial inside pile: 4
spatial inside pin: 4
spatial inside pink: 8
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
spatial inside red: 24
spatial inside reflection: 3
spatial inside refrigerator: 10
spatial inside residential: 4
spatial inside rest: 2
spatial inside restaurant: 34
spatial inside restroom: 9
spatial inside right: 4
spatial inside river: 22
spatial inside road: 7
spatial inside rock: 3
spatial inside rocky: 6
spatial inside room: 128
spatial inside round: 2
spatial inside rural: 11
spatial inside salon: 2
spatial inside same: 11
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
spatial inside sign: 2
spatial inside silver: 3
spatial inside sink: 11
spatial inside sitting: 2
spatial inside skate: 10
spatial inside skateboard: 2
spatial inside skillet: 3
spatial inside skis: 3
spatial inside sky: 92
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
spatial inside station: 8
spatial inside stillness: 2
spatial inside store: 15
spatial inside stove: 2
spatial inside straw: 3
spatial inside street: 54
spatial inside subway: 4
spatial inside suitcase: 5
spatial inside suite: 2
spatial inside sun: 24
spatial inside sunny: 2
spatial inside sunshine: 2
spatial inside surf: 2
spatial inside tall: 12
spatial inside tennis: 18
spatial inside tie: 6
spatial inside tiled: 4
spatial inside tiny: 2
spatial inside toilet: 3
spatial inside towel: 3
spatial inside town: 7
spatial inside traffic: 2
spatial inside train: 20
spatial inside tray: 4
spatial inside tree: 17
spatial inside trees: 5
spatial inside tropical: 4
spatial inside truck: 9
spatial inside tuxedo: 2
spatial inside underwear: 2
spatial inside urban: 3
spatial inside valley: 2
spatial inside vase: 17
spatial inside vehicle: 2
spatial inside very: 20
spatial inside video: 2
spatial inside view: 3
spatial inside wall: 5
spatial inside warehouse: 3
spatial inside wave: 5
spatial inside weeds: 2
spatial inside well: 2
spatial inside wet: 4
spatial inside wheel: 3
spatial inside wheelchair: 5
spatial inside white: 27
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
spatial next to adult: 3
spatial next to airplane: 4
spatial next to airport: 4
spatial next to american: 2
spatial next to and: 5
spatial next to baby: 5
spatial next to bags: 2
spatial next to ball: 2
spatial next to banana: 2
spatial next to bananas: 2
spatial next to bar: 3
spatial next to barbed: 2
spatial next to bare: 2
spatial next to base: 4
spatial next to baseball: 3
spatial next to bath: 3
spatial next to bathroom: 3
spatial next to bathtub: 3
spatial next to beach: 21
spatial next to bed: 7
spatial next to bedroom: 2
spatial next to beer: 2
spatial next to bench: 9
spatial next to bicycle: 14
spatial next to bicycles: 2
spatial next to big: 9
spatial next to bike: 11
spatial next to bikes: 3
spatial next to bird: 3
spatial next to birds: 2
spatial next to black: 7
spatial next to blender: 2
spatial next to block: 2
spatial next to blue: 10
spatial next to boat: 9
spatial next to boats: 2
spatial next to body: 27
spatial next to book: 2
spatial next to bottle: 12
spatial next to bottles: 2
spatial next to bowl: 13
spatial next to bowls: 2
spatial next to boy: 2
spatial next to bread: 2
spatial next to brick: 15
spatial next to bridge: 6
spatial next to bright: 3
spatial next to brown: 9
spatial next to building: 76
spatial next to buildings: 14
spatial next to bunch: 11
spatial next to bus: 15
spatial next to bush: 3
spatial next to bushes: 4
spatial next to busy: 3
spatial next to by: 9
spatial next to cake: 6
spatial next to calf: 2
spatial next to candle: 2
spatial next to car: 12
spatial next to carrots: 2
spatial next to cars: 7
spatial next to cat: 6
spatial next to ceiling: 2
spatial next to chain: 6
spatial next to chair: 5
spatial next to child: 4
spatial next to christmas: 3
spatial next to city: 7
spatial next to clock: 8
spatial next to coffee: 5
spatial next to colorful: 2
spatial next to computer: 14
spatial next to couch: 4
spatial next to counter: 3
spatial next to couple: 4
spatial next to covered: 2
spatial next to cow: 2
spatial next to crosswalk: 4
spatial next to crowd: 9
spatial next to cup: 7
spatial next to curb: 19
spatial next to deer: 2
spatial next to desk: 2
spatial next to desktop: 2
spatial next to dining: 2
spatial next to dirt: 5
spatial next to dock: 5
spatial next to dog: 11
spatial next to domed: 2
spatial next to donkey: 2
spatial next to door: 7
spatial next to doorway: 3
spatial next to drink: 3
spatial next to dry: 2
spatial next to eachother: 2
spatial next to eating: 3
spatial next to edge: 2
spatial next to electronics: 2
spatial next to elephant: 12
spatial next to empty: 7
spatial next to evergreen: 2
spatial next to fallen: 4
spatial next to fence: 55
spatial next to few: 3
spatial next to field: 8
spatial next to fireplace: 2
spatial next to flag: 3
spatial next to flower: 2
spatial next to flowers: 3
spatial next to food: 6
spatial next to forest: 17
spatial next to forested: 2
spatial next to fork: 5
spatial next to four: 5
spatial next to friend: 4
spatial next to frisbee: 2
spatial next to fruit: 2
spatial next to garden: 2
spatial next to gas: 3
spatial next to gate: 4
spatial next to giant: 3
spatial next to giraffe: 2
spatial next to girl: 4
spatial next to glass: 15
spatial next to glasses: 2
spatial next to graffiti: 3
spatial next to grass: 7
spatial next to grassy: 7
spatial next to green: 13
spatial next to group: 9
spatial next to hand: 2
spatial next to herd: 3
spatial next to high: 2
spatial next to him: 11
spatial next to home: 9
spatial next to horse: 13
spatial next to horses: 2
spatial next to hotel: 3
spatial next to house: 6
spatial next to houses: 2
spatial next to image: 2
spatial next to it: 68
spatial next to keyboard: 16
spatial next to kitchen: 6
spatial next to kite: 2
spatial next to knife: 4
spatial next to ladder: 2
spatial next to lake: 10
spatial next to lamp: 7
spatial next to laptop: 34
spatial next to large: 39
spatial next to larger: 2
spatial next to light: 6
spatial next to lit: 2
spatial next to little: 5
spatial next to log: 5
spatial next to long: 2
spatial next to lot: 3
spatial next to luggage: 8
spatial next to lush: 4
spatial next to mac: 2
spatial next to machine: 2
spatial next to malaysian: 2
spatial next to male: 2
spatial next to man: 32
spatial next to many: 14
spatial next to map: 2
spatial next to metal: 6
spatial next to microwave: 2
spatial next to mirror: 8
spatial next to modern: 2
spatial next to monitor: 2
spatial next to mother: 2
spatial next to motor: 3
spatial next to motorcycle: 11
spatial next to motorcycles: 5
spatial next to mountain: 6
spatial next to mountains: 8
spatial next to mouse: 5
spatial next to muddy: 3
spatial next to multiple: 2
spatial next to net: 3
spatial next to newspaper: 3
spatial next to notebook: 2
spatial next to ocean: 36
spatial next to of: 2
spatial next to old: 7
spatial next to older: 3
spatial next to one: 19
spatial next to open: 15
spatial next to orange: 2
spatial next to other: 19
spatial next to others: 2
spatial next to outdoor: 2
spatial next to oven: 9
spatial next to owner: 2
spatial next to pair: 6
spatial next to palm: 7
spatial next to pan: 2
spatial next to park: 7
spatial next to parked: 10
spatial next to parking: 12
spatial next to pastry: 2
spatial next to pear: 2
spatial next to people: 11
spatial next to person: 16
spatial next to picture: 2
spatial next to pier: 2
spatial next to pigeons: 2
spatial next to pile: 10
spatial next to pink: 3
spatial next to pizza: 2
spatial next to plane: 4
spatial next to plant: 4
spatial next to plants: 5
spatial next to plastic: 2
spatial next to plate: 12
spatial next to platform: 12
spatial next to playground: 2
spatial next to pole: 5
spatial next to pond: 3
spatial next to potted: 4
spatial next to power: 2
spatial next to printer: 3
spatial next to public: 2
spatial next to railroad: 2
spatial next to red: 20
spatial next to remote: 8
spatial next to river: 21
spatial next to road: 35
spatial next to roadway: 4
spatial next to rock: 13
spatial next to rocks: 10
spatial next to rocky: 2
spatial next to roof: 2
spatial next to salad: 2
spatial next to sculpture: 2
spatial next to sea: 2
spatial next to set: 2
spatial next to several: 11
spatial next to sheep: 5
spatial next to shoes: 3
spatial next to shop: 2
spatial next to shopping: 2
spatial next to shore: 9
spatial next to shoreline: 4
spatial next to short: 2
spatial next to shower: 7
spatial next to shrubbery: 2
spatial next to shrubs: 2
spatial next to sidewalk: 19
spatial next to sign: 10
spatial next to silver: 4
spatial next to sink: 16
spatial next to small: 21
spatial next to smaller: 2
spatial next to snow: 5
spatial next to spoon: 3
spatial next to stack: 2
spatial next to stage: 2
spatial next to station: 3
spatial next to statue: 2
spatial next to steps: 3
spatial next to stone: 6
spatial next to stop: 6
spatial next to storefront: 2
spatial next to stove: 2
spatial next to stream: 3
spatial next to street: 47
spatial next to suitcase: 2
spatial next to surfboard: 8
spatial next to table: 29
spatial next to tall: 32
spatial next to teddy: 4
spatial next to telephone: 2
spatial next to tennis: 3
spatial next to tent: 2
spatial next to them: 11
spatial next to three: 4
spatial next to tiled: 2
spatial next to to: 2
spatial next to toilet: 21
spatial next to town: 2
spatial next to track: 2
spatial next to tracks: 2
spatial next to traffic: 8
spatial next to trail: 2
spatial next to train: 31
spatial next to trash: 5
spatial next to tree: 62
spatial next to trees: 45
spatial next to truck: 9
spatial next to tube: 2
spatial next to two: 25
spatial next to umbrella: 4
spatial next to van: 2
spatial next to vase: 6
spatial next to vehicle: 2
spatial next to very: 5
spatial next to vintage: 2
spatial next to walkway: 2
spatial next to wall: 24
spatial next to watering: 5
spatial next to waterway: 2
spatial next to wedding: 3
spatial next to white: 34
spatial next to window: 44
spatial next to windows: 5
spatial next to wine: 2
spatial next to wire: 6
spatial next to woman: 18
spatial next to wood: 4
spatial next to wooded: 4
spatial next to wooden: 11
spatial next to woods: 4
spatial next to yellow: 2
spatial next to young: 5
spatial next to younger: 2
spatial next to zebra: 4
spatial on airplane: 2
spatial on airport: 16
spatial on arm: 4
spatial on armchair: 2
spatial on asphalt: 2
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
spatial on blue: 39
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
spatial on chair: 34
spatial on christmas: 2
spatial on church: 3
spatial on city: 93
spatial on clay: 3
spatial on clock: 3
spatial on closed: 3
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
spatial on counter: 61
spatial on course: 5
spatial on court: 90
spatial on crowded: 2
spatial on crust: 2
spatial on curb: 21
spatial on curved: 2
spatial on dark: 5
spatial on deck: 3
spatial on deserted: 2
spatial on desk: 128
spatial on desktop: 2
spatial on dining: 7
spatial on dinner: 2
spatial on dirt: 48
spatial on dirty: 2
spatial on dish: 4
spatial on dog: 3
spatial on dolphins: 2
spatial on door: 4
spatial on double: 3
spatial on dresser: 2
spatial on driveway: 2
spatial on dry: 6
spatial on ears: 2
spatial on edge: 28
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
spatial on freeway: 4
spatial on fridge: 3
spatial on glass: 5
spatial on granite: 2
spatial on grass: 83
spatial on grassy: 36
spatial on gravel: 5
spatial on gray: 5
spatial on green: 51
spatial on grey: 2
spatial on grill: 9
spatial on hanger: 2
spatial on harbor: 2
spatial on hard: 2
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
spatial on it: 45
spatial on keyboard: 14
spatial on kind: 2
spatial on kitchen: 20
spatial on kite: 4
spatial on knees: 2
spatial on lake: 18
spatial on lamp: 2
spatial on land: 2
spatial on lap: 17
spatial on lapel: 2
spatial on laptop: 54
spatial on large: 29
spatial on lawn: 10
spatial on leash: 16
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
spatial on open: 14
spatial on opposite: 2
spatial on orange: 11
spatial on outdoor: 3
spatial on outside: 9
spatial on oven: 3
spatial on overpass: 4
spatial on pair: 6
spatial on pallet: 2
spatial on pan: 11
spatial on paper: 14
spatial on park: 35
spatial on parked: 2
spatial on parking: 7
spatial on partly: 2
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
spatial on skateboard: 172
spatial on ski: 12
spatial on skies: 2
spatial on skis: 11
spatial on sled: 2
spatial on slope: 9
spatial on small: 38
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
spatial on stove: 29
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
spatial on table: 436
spatial on tablecloth: 2
spatial on tables: 2
spatial on tabletop: 2
spatial on tall: 5
spatial on tank: 3
spatial on tarmac: 14
spatial on tennis: 158
spatial on them: 4
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
spatial on two: 4
spatial on unique: 2
spatial on unmade: 2
spatial on vehicle: 3
spatial on very: 2
spatial on video: 3
spatial on wall: 73
spatial on walls: 6
spatial on waters: 2
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
spatial outside and: 3
spatial outside apartment: 2
spatial outside at: 3
spatial outside big: 2
spatial outside blue: 2
spatial outside brown: 2
spatial outside building: 27
spatial outside bus: 8
spatial outside bushes: 2
spatial outside car: 10
spatial outside cooking: 2
spatial outside door: 4
spatial outside double: 2
spatial outside eating: 3
spatial outside enclosure: 2
spatial outside faucet: 2
spatial outside fence: 2
spatial outside garage: 2
spatial outside glass: 5
spatial outside holding: 3
spatial outside it: 3
spatial outside large: 3
spatial outside looking: 2
spatial outside market: 3
spatial outside mouth: 4
spatial outside on: 4
spatial outside one: 2
spatial outside oven: 7
spatial outside playing: 3
spatial outside pot: 2
spatial outside restaurant: 4
spatial outside shop: 2
spatial outside shot: 2
spatial outside store: 4
spatial outside tall: 2
spatial outside toilet: 2
spatial outside town: 2
spatial outside train: 4
spatial outside view: 3
spatial outside while: 2
spatial outside white: 2
spatial outside window: 12
spatial outside windows: 2
spatial outside with: 13
spatial the bottom of: 18
spatial the left holding: 2
spatial the left of: 3
spatial the right of: 2
spatial the top of: 69
spatial toward ball: 4
spatial toward batter: 3
spatial toward blue: 2
spatial toward grassy: 2
spatial toward people: 2
spatial toward red: 2
spatial toward rock: 2
spatial toward tennis: 3
spatial toward train: 2
spatial under arm: 2
spatial under arms: 2
spatial under bathroom: 5
spatial under bench: 5
spatial under big: 3
spatial under black: 2
spatial under blanket: 5
spatial under blue: 6
spatial under bridge: 12
spatial under canopy: 3
spatial under cloudy: 12
spatial under cover: 2
spatial under covers: 4
spatial under fence: 2
spatial under glass: 2
spatial under green: 2
spatial under illuminated: 2
spatial under it: 8
spatial under kite: 3
spatial under large: 13
spatial under light: 2
spatial under microwave: 2
spatial under mirror: 5
spatial under moon: 2
spatial under mountain: 2
spatial under overpass: 3
spatial under park: 2
spatial under pedestrian: 3
spatial under picture: 2
spatial under pink: 3
spatial under red: 3
spatial under shade: 2
spatial under shelf: 3
spatial under sign: 5
spatial under small: 2
spatial under street: 2
spatial under suitcase: 2
spatial under sun: 2
spatial under table: 3
spatial under tall: 3
spatial under tent: 3
spatial under tree: 21
spatial under trees: 2
spatial under umbrella: 48
spatial under umbrellas: 2
spatial under window: 5
spatial under wooden: 3
spatial-before above air: 5
spatial-before above airplane: 2
spatial-before above all: 2
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
spatial-before above flying: 27
spatial-before above fork: 2
spatial-before above from: 7
spatial-before above going: 6
spatial-before above hand: 3
spatial-before above hands: 6
spatial-before above hanging: 7
spatial-before above hangs: 2
spatial-before above high: 6
spatial-before above horse: 6
spatial-before above image: 6
spatial-before above is: 3
spatial-before above jump: 2
spatial-before above jumping: 13
spatial-before above jumps: 7
spatial-before above kite: 6
spatial-before above kites: 2
spatial-before above leaning: 5
spatial-before above leans: 2
spatial-before above light: 4
spatial-before above lights: 2
spatial-before above look: 2
spatial-before above looking: 13
spatial-before above mirror: 3
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
spatial-before above skateboard: 5
spatial-before above sky: 13
spatial-before above smiling: 2
spatial-before above soaring: 3
spatial-before above spoon: 2
spatial-before above standing: 13
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
spatial-before away far: 3
spatial-before away walking: 2
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
spatial-before behind hanging: 2
spatial-before behind hiding: 2
spatial-before behind is: 7
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
spatial-before behind standing: 37
spatial-before behind stands: 3
spatial-before behind street: 3
spatial-before behind swimming: 2
spatial-before behind together: 2
spatial-before behind tower: 2
spatial-before behind trailing: 2
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
spatial-before far from walking: 4
spatial-before in front of and: 3
spatial-before in front of are: 5
spatial-before in front of ball: 4
spatial-before in front of bar: 2
spatial-before in front of beach: 4
spatial-before in front of bed: 3
spatial-before in front of bench: 10
spatial-before in front of bottle: 2
spatial-before in front of cake: 5
spatial-before in front of car: 3
spatial-before in front of carpet: 2
spatial-before in front of cars: 2
spatial-before in front of cat: 3
spatial-before in front of chair: 3
spatial-before in front of couch: 3
spatial-before in front of curb: 3
spatial-before in front of desk: 8
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
spatial-before in front of horse: 2
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
spatial-before in front of light: 4
spatial-before in front of lights: 4
spatial-before in front of man: 2
spatial-before in front of meter: 5
spatial-before in front of object: 2
spatial-before in front of other: 3
spatial-before in front of parked: 28
spatial-before in front of passing: 2
spatial-before in front of phone: 3
spatial-before in front of pictured: 2
spatial-before in front of pizza: 2
spatial-before in front of pole: 3
spatial-before in front of pose: 2
spatial-before in front of posing: 5
spatial-before in front of positioned: 2
spatial-before in front of post: 2
spatial-before in front of road: 5
spatial-before in front of selfie: 2
spatial-before in front of shelf: 2
spatial-before in front of sidewalk: 5
spatial-before in front of sign: 15
spatial-before in front of signs: 4
spatial-before in front of sit: 3
spatial-before in front of sits: 20
spatial-before in front of sitting: 70
spatial-before in front of skis: 3
spatial-before in front of stand: 7
spatial-before in front of standing: 82
spatial-before in front of stands: 17
spatial-before in front of station: 2
spatial-before in front of stop: 2
spatial-before in front of stopped: 2
spatial-before in front of street: 18
spatial-before in front of table: 13
spatial-before in front of talking: 3
spatial-before in front of together: 2
spatial-before in front of tower: 2
spatial-before in front of up: 5
spatial-before in front of walk: 2
spatial-before in front of walking: 8
spatial-before in front of wall: 2
spatial-before in front of water: 2
spatial-before in front of wave: 2
spatial-before in front of window: 2
spatial-before in front of woman: 2
spatial-before inside about: 2
spatial-before inside above: 2
spatial-before inside action: 2
spatial-before inside air: 3
spatial-before inside airplane: 5
spatial-before inside all: 3
spatial-before inside alone: 6
spatial-before inside along: 2
spatial-before inside an: 2
spatial-before inside animal: 6
spatial-before inside animals: 12
spatial-before inside apples: 3
spatial-before inside appliances: 2
spatial-before inside are: 60
spatial-before inside area: 5
spatial-before inside around: 24
spatial-before inside arranged: 3
spatial-before inside arrangement: 3
spatial-before inside asleep: 4
spatial-before inside atm: 3
spatial-before inside baby: 4
spatial-before inside bag: 3
spatial-before inside ball: 20
spatial-before inside banana: 6
spatial-before inside bananas: 6
spatial-before inside baseball: 7
spatial-before inside basket: 2
spatial-before inside bat: 15
spatial-before inside bathing: 3
spatial-before inside bathroom: 4
spatial-before inside bathtub: 3
spatial-before inside be: 2
spatial-before inside beach: 2
spatial-before inside bear: 10
spatial-before inside bears: 4
spatial-before inside bed: 30
spatial-before inside beds: 4
spatial-before inside beer: 2
spatial-before inside bench: 31
spatial-before inside beverage: 2
spatial-before inside bicycles: 2
spatial-before inside bike: 7
spatial-before inside bikes: 4
spatial-before inside bird: 2
spatial-before inside birds: 3
spatial-before inside blanket: 2
spatial-before inside board: 17
spatial-before inside boarding: 2
spatial-before inside boards: 5
spatial-before inside boat: 10
spatial-before inside body: 2
spatial-before inside books: 2
spatial-before inside bowl: 5
spatial-before inside boy: 9
spatial-before inside boys: 3
spatial-before inside branch: 7
spatial-before inside bread: 2
spatial-before inside broccoli: 4
spatial-before inside brush: 3
spatial-before inside building: 14
spatial-before inside built: 2
spatial-before inside bun: 3
spatial-before inside buried: 2
spatial-before inside bus: 14
spatial-before inside buses: 2
spatial-before inside by: 3
spatial-before inside cabinet: 3
spatial-before inside cabinets: 3
spatial-before inside cake: 3
spatial-before inside cakes: 2
spatial-before inside calf: 3
spatial-before inside camera: 10
spatial-before inside canoe: 2
spatial-before inside car: 6
spatial-before inside carriage: 3
spatial-before inside carrot: 4
spatial-before inside carrots: 2
spatial-before inside cars: 9
spatial-before inside case: 2
spatial-before inside cat: 13
spatial-before inside cats: 2
spatial-before inside cellphone: 2
spatial-before inside chair: 17
spatial-before inside chairs: 3
spatial-before inside child: 10
spatial-before inside children: 7
spatial-before inside clock: 13
spatial-before inside competing: 4
spatial-before inside computer: 5
spatial-before inside concrete: 3
spatial-before inside cone: 2
spatial-before inside cones: 2
spatial-before inside controller: 5
spatial-before inside controllers: 3
spatial-before inside controls: 2
spatial-before inside cook: 3
spatial-before inside cooked: 3
spatial-before inside cooking: 13
spatial-before inside corner: 5
spatial-before inside costume: 2
spatial-before inside couch: 10
spatial-before inside couches: 2
spatial-before inside counter: 3
spatial-before inside couple: 2
spatial-before inside court: 2
spatial-before inside covered: 5
spatial-before inside cow: 7
spatial-before inside cows: 11
spatial-before inside crust: 4
spatial-before inside curve: 2
spatial-before inside day: 3
spatial-before inside decor: 2
spatial-before inside desk: 11
spatial-before inside device: 2
spatial-before inside directions: 2
spatial-before inside disc: 3
spatial-before inside dishwasher: 2
spatial-before inside display: 10
spatial-before inside displayed: 9
spatial-before inside docked: 2
spatial-before inside dog: 35
spatial-before inside dogs: 12
spatial-before inside donut: 2
spatial-before inside donuts: 4
spatial-before inside door: 2
spatial-before inside doughnut: 3
spatial-before inside doughnuts: 4
spatial-before inside down: 32
spatial-before inside dressed: 4
spatial-before inside driving: 2
spatial-before inside dryer: 4
spatial-before inside each: 2
spatial-before inside eating: 7
spatial-before inside elephant: 14
spatial-before inside elephants: 19
spatial-before inside embedded: 3
spatial-before inside engaged: 2
spatial-before inside falling: 2
spatial-before inside fence: 6
spatial-before inside field: 2
spatial-before inside fighting: 3
spatial-before inside fish: 2
spatial-before inside flies: 7
spatial-before inside floating: 5
spatial-before inside floor: 6
spatial-before inside flower: 4
spatial-before inside flowers: 16
spatial-before inside flown: 2
spatial-before inside flying: 50
spatial-before inside food: 32
spatial-before inside formation: 2
spatial-before inside freezer: 2
spatial-before inside fridge: 5
spatial-before inside frisbee: 44
spatial-before inside frog: 2
spatial-before inside from: 4
spatial-before inside fruit: 6
spatial-before inside fruits: 3
spatial-before inside game: 10
spatial-before inside games: 4
spatial-before inside gathered: 4
spatial-before inside gear: 2
spatial-before inside giraffe: 8
spatial-before inside giraffe's: 2
spatial-before inside giraffes: 23
spatial-before inside girl: 9
spatial-before inside girls: 2
spatial-before inside glasses: 2
spatial-before inside goats: 4
spatial-before inside going: 2
spatial-before inside goods: 2
spatial-before inside grass: 26
spatial-before inside grasses: 2
spatial-before inside graze: 5
spatial-before inside grazes: 4
spatial-before inside grazing: 61
spatial-before inside ground: 9
spatial-before inside growing: 4
spatial-before inside guy: 2
spatial-before inside guys: 4
spatial-before inside habitat: 2
spatial-before inside hairbrush: 2
spatial-before inside hand: 9
spatial-before inside hands: 3
spatial-before inside hanging: 5
spatial-before inside hat: 3
spatial-before inside hay: 4
spatial-before inside head: 5
spatial-before inside herself: 5
spatial-before inside high: 16
spatial-before inside hill: 3
spatial-before inside himself: 11
spatial-before inside hole: 2
spatial-before inside holes: 2
spatial-before inside horse: 25
spatial-before inside horses: 14
spatial-before inside hotdog: 2
spatial-before inside hydrant: 8
spatial-before inside idle: 2
spatial-before inside interacting: 3
spatial-before inside intersection: 7
spatial-before inside is: 75
spatial-before inside it: 7
spatial-before inside item: 2
spatial-before inside items: 3
spatial-before inside itself: 3
spatial-before inside jumping: 2
spatial-before inside keyboard: 2
spatial-before inside kids: 2
spatial-before inside kitchen: 5
spatial-before inside kite: 22
spatial-before inside kites: 19
spatial-before inside kitten: 2
spatial-before inside lady: 5
spatial-before inside lake: 2
spatial-before inside lamp: 2
spatial-before inside laptop: 13
spatial-before inside lay: 2
spatial-before inside laying: 37
spatial-before inside lays: 5
spatial-before inside leaves: 2
spatial-before inside ledge: 3
spatial-before inside legs: 2
spatial-before inside light: 7
spatial-before inside line: 2
spatial-before inside lines: 4
spatial-before inside looking: 19
spatial-before inside luggage: 6
spatial-before inside lunch: 2
spatial-before inside lying: 13
spatial-before inside machine: 3
spatial-before inside made: 2
spatial-before inside man: 87
spatial-before inside map: 2
spatial-before inside meal: 4
spatial-before inside meat: 2
spatial-before inside men: 4
spatial-before inside mirror: 6
spatial-before inside motorcycle: 14
spatial-before inside motorcycles: 3
spatial-before inside mountain: 2
spatial-before inside mounted: 2
spatial-before inside object: 4
spatial-before inside on: 5
spatial-before inside open: 4
spatial-before inside oranges: 2
spatial-before inside other: 25
spatial-before inside others: 3
spatial-before inside out: 23
spatial-before inside outdoors: 3
spatial-before inside outside: 24
spatial-before inside oven: 4
spatial-before inside over: 6
spatial-before inside paper: 3
spatial-before inside park: 2
spatial-before inside parked: 77
spatial-before inside participating: 2
spatial-before inside path: 6
spatial-before inside pen: 2
spatial-before inside people: 63
spatial-before inside peppers: 2
spatial-before inside perched: 3
spatial-before inside person: 29
spatial-before inside phone: 15
spatial-before inside phones: 4
spatial-before inside photo: 3
spatial-before inside piano: 2
spatial-before inside picture: 13
spatial-before inside pictured: 2
spatial-before inside pie: 2
spatial-before inside pig: 2
spatial-before inside pitch: 2
spatial-before inside pitcher: 2
spatial-before inside pizza: 27
spatial-before inside pizzas: 2
spatial-before inside placed: 10
spatial-before inside plane: 5
spatial-before inside plants: 2
spatial-before inside play: 5
spatial-before inside player: 8
spatial-before inside players: 4
spatial-before inside playing: 22
spatial-before inside pole: 7
spatial-before inside pony: 2
spatial-before inside portrait: 3
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
spatial-before inside reflection: 10
spatial-before inside refrigerator: 13
spatial-before inside relax: 3
spatial-before inside relaxing: 5
spatial-before inside remote: 4
spatial-before inside resting: 4
spatial-before inside ride: 4
spatial-before inside riding: 11
spatial-before inside road: 15
spatial-before inside rocks: 6
spatial-before inside room: 3
spatial-before inside rose: 3
spatial-before inside rug: 3
spatial-before inside running: 8
spatial-before inside runway: 4
spatial-before inside sale: 7
spatial-before inside sand: 2
spatial-before inside scooter: 3
spatial-before inside screen: 3
spatial-before inside seat: 7
spatial-before inside seated: 5
spatial-before inside seen: 6
spatial-before inside selfie: 5
spatial-before inside serve: 4
spatial-before inside set: 3
spatial-before inside setting: 2
spatial-before inside sheep: 26
spatial-before inside shelves: 2
spatial-before inside shines: 2
spatial-before inside ship: 2
spatial-before inside shower: 5
spatial-before inside shown: 6
spatial-before inside side: 8
spatial-before inside sidewalk: 10
spatial-before inside sideways: 2
spatial-before inside sign: 20
spatial-before inside signal: 2
spatial-before inside sink: 22
spatial-before inside sinks: 3
spatial-before inside sit: 17
spatial-before inside sits: 51
spatial-before inside sitting: 247
spatial-before inside skateboard: 13
spatial-before inside skateboarder: 2
spatial-before inside skateboards: 2
spatial-before inside ski's: 2
spatial-before inside skier: 7
spatial-before inside skies: 3
spatial-before inside skiing: 9
spatial-before inside skis: 11
spatial-before inside sleeping: 12
spatial-before inside sleeps: 2
spatial-before inside snow: 2
spatial-before inside snowboard: 5
spatial-before inside snowboarding: 2
spatial-before inside soccer: 2
spatial-before inside sofa: 3
spatial-before inside something: 16
spatial-before inside soup: 3
spatial-before inside space: 3
spatial-before inside splash: 2
spatial-before inside spoon: 2
spatial-before inside stand: 20
spatial-before inside standing: 327
spatial-before inside stands: 29
spatial-before inside statue: 3
spatial-before inside stick: 3
spatial-before inside stool: 2
spatial-before inside stopped: 2
spatial-before inside store: 3
spatial-before inside stored: 2
spatial-before inside stove: 4
spatial-before inside street: 17
spatial-before inside stuck: 4
spatial-before inside stuff: 2
spatial-before inside submerged: 2
spatial-before inside surface: 2
spatial-before inside surfboard: 23
spatial-before inside surfboards: 2
spatial-before inside surfer: 4
spatial-before inside surfers: 2
spatial-before inside surfing: 18
spatial-before inside swim: 2
spatial-before inside swimming: 8
spatial-before inside table: 32
spatial-before inside tables: 2
spatial-before inside taken: 4
spatial-before inside teeth: 8
spatial-before inside television: 5
spatial-before inside tennis: 7
spatial-before inside tent: 2
spatial-before inside terminal: 2
spatial-before inside the: 18
spatial-before inside them: 2
spatial-before inside things: 3
spatial-before inside time: 2
spatial-before inside together: 39
spatial-before inside toilet: 36
spatial-before inside toilets: 2
spatial-before inside toothbrush: 8
spatial-before inside top: 3
spatial-before inside tower: 5
spatial-before inside town: 3
spatial-before inside toy: 4
spatial-before inside track: 2
spatial-before inside tracks: 9
spatial-before inside traffic: 3
spatial-before inside trail: 5
spatial-before inside train: 9
spatial-before inside tree: 20
spatial-before inside trees: 3
spatial-before inside trick: 4
spatial-before inside tricks: 2
spatial-before inside truck: 6
spatial-before inside tub: 5
spatial-before inside tv: 5
spatial-before inside umbrella: 18
spatial-before inside umbrellas: 2
spatial-before inside umpire: 3
spatial-before inside up: 31
spatial-before inside urinal: 3
spatial-before inside utensils: 3
spatial-before inside van: 2
spatial-before inside vanity: 3
spatial-before inside vegetables: 4
spatial-before inside vehicle: 2
spatial-before inside view: 3
spatial-before inside volleyball: 2
spatial-before inside waiting: 3
spatial-before inside waits: 2
spatial-before inside walking: 52
spatial-before inside wall: 9
spatial-before inside water: 13
spatial-before inside wave: 20
spatial-before inside waves: 8
spatial-before inside way: 2
spatial-before inside wheelbarrow: 2
spatial-before inside while: 4
spatial-before inside wii: 15
spatial-before inside window: 9
spatial-before inside windows: 2
spatial-before inside woman: 41
spatial-before inside women: 7
spatial-before inside work: 4
spatial-before inside working: 6
spatial-before inside workspace: 2
spatial-before inside wrapped: 4
spatial-before inside writes: 2
spatial-before inside zebra: 6
spatial-before inside zebras: 15
spatial-before next to air: 7
spatial-before next to and: 9
spatial-before next to animals: 3
spatial-before next to are: 18
spatial-before next to area: 9
spatial-before next to around: 5
spatial-before next to asleep: 2
spatial-before next to baby: 3
spatial-before next to bag: 2
spatial-before next to banana: 2
spatial-before next to bananas: 4
spatial-before next to bar: 2
spatial-before next to barn: 2
spatial-before next to bat: 9
spatial-before next to bathroom: 10
spatial-before next to beach: 29
spatial-before next to bear: 5
spatial-before next to bed: 17
spatial-before next to bedroom: 2
spatial-before next to bench: 31
spatial-before next to benches: 2
spatial-before next to bicycle: 4
spatial-before next to bikes: 2
spatial-before next to bird: 2
spatial-before next to blanket: 4
spatial-before next to blender: 2
spatial-before next to board: 6
spatial-before next to boards: 2
spatial-before next to boat: 4
spatial-before next to bottle: 2
spatial-before next to bowl: 2
spatial-before next to building: 13
spatial-before next to bus: 8
spatial-before next to cake: 5
spatial-before next to camera: 3
spatial-before next to candle: 2
spatial-before next to car: 3
spatial-before next to cars: 2
spatial-before next to cart: 3
spatial-before next to cat: 4
spatial-before next to cellphone: 2
spatial-before next to chair: 21
spatial-before next to chairs: 4
spatial-before next to child: 2
spatial-before next to church: 2
spatial-before next to city: 3
spatial-before next to computer: 8
spatial-before next to controller: 2
spatial-before next to controllers: 2
spatial-before next to corner: 2
spatial-before next to couch: 8
spatial-before next to counter: 9
spatial-before next to covered: 2
spatial-before next to cows: 2
spatial-before next to curb: 7
spatial-before next to desk: 23
spatial-before next to dirt: 5
spatial-before next to display: 2
spatial-before next to displayed: 6
spatial-before next to docked: 5
spatial-before next to dog: 9
spatial-before next to down: 7
spatial-before next to drawn: 2
spatial-before next to drives: 3
spatial-before next to driving: 4
spatial-before next to eating: 2
spatial-before next to elephant: 3
spatial-before next to elephants: 2
spatial-before next to eyes: 2
spatial-before next to face: 5
spatial-before next to fence: 4
spatial-before next to field: 56
spatial-before next to floor: 21
spatial-before next to flowers: 6
spatial-before next to flying: 6
spatial-before next to followed: 3
spatial-before next to food: 14
spatial-before next to foods: 2
spatial-before next to forest: 3
spatial-before next to fork: 3
spatial-before next to freezer: 3
spatial-before next to fridge: 2
spatial-before next to frisbee: 5
spatial-before next to furniture: 2
spatial-before next to giraffe: 2
spatial-before next to giraffes: 5
spatial-before next to grass: 47
spatial-before next to grazing: 5
spatial-before next to ground: 15
spatial-before next to hanging: 2
spatial-before next to hats: 2
spatial-before next to hay: 3
spatial-before next to held: 11
spatial-before next to highway: 2
spatial-before next to hill: 2
spatial-before next to horse: 7
spatial-before next to horses: 3
spatial-before next to hydrant: 15
spatial-before next to intersection: 4
spatial-before next to is: 74
spatial-before next to it: 17
spatial-before next to items: 2
spatial-before next to itself: 2
spatial-before next to kitchen: 10
spatial-before next to kite: 9
spatial-before next to kites: 2
spatial-before next to knife: 2
spatial-before next to lake: 9
spatial-before next to laptop: 8
spatial-before next to laying: 21
spatial-before next to leaves: 2
spatial-before next to lies: 3
spatial-before next to light: 2
spatial-before next to line: 3
spatial-before next to located: 3
spatial-before next to lot: 13
spatial-before next to luggage: 2
spatial-before next to lying: 5
spatial-before next to man: 6
spatial-before next to meat: 2
spatial-before next to meter: 10
spatial-before next to mirror: 4
spatial-before next to monitor: 2
spatial-before next to motorcycle: 4
spatial-before next to motorcycles: 5
spatial-before next to mouse: 3
spatial-before next to ocean: 2
spatial-before next to on: 4
spatial-before next to one: 2
spatial-before next to open: 2
spatial-before next to other: 4
spatial-before next to out: 3
spatial-before next to outside: 15
spatial-before next to park: 3
spatial-before next to parked: 78
spatial-before next to passes: 2
spatial-before next to passing: 6
spatial-before next to path: 2
spatial-before next to pavement: 3
spatial-before next to pen: 3
spatial-before next to people: 9
spatial-before next to perched: 2
spatial-before next to person: 2
spatial-before next to phone: 12
spatial-before next to picture: 4
spatial-before next to pizza: 6
spatial-before next to placed: 7
spatial-before next to places: 2
spatial-before next to plane: 2
spatial-before next to planes: 2
spatial-before next to plate: 20
spatial-before next to plates: 2
spatial-before next to platform: 4
spatial-before next to playing: 3
spatial-before next to pole: 9
spatial-before next to pond: 2
spatial-before next to posing: 8
spatial-before next to positioned: 2
spatial-before next to post: 3
spatial-before next to posted: 2
spatial-before next to pulled: 7
spatial-before next to pulling: 2
spatial-before next to racing: 2
spatial-before next to rack: 3
spatial-before next to railing: 3
spatial-before next to refrigerator: 6
spatial-before next to restroom: 3
spatial-before next to rests: 2
spatial-before next to riding: 3
spatial-before next to right: 8
spatial-before next to river: 7
spatial-before next to road: 25
spatial-before next to robe: 2
spatial-before next to rock: 3
spatial-before next to rocks: 8
spatial-before next to room: 11
spatial-before next to runway: 4
spatial-before next to sand: 7
spatial-before next to sandwich: 3
spatial-before next to sandwiches: 2
spatial-before next to set: 2
spatial-before next to shaded: 2
spatial-before next to sheep: 2
spatial-before next to shelf: 4
spatial-before next to ship: 3
spatial-before next to shown: 2
spatial-before next to side: 3
spatial-before next to sidewalk: 29
spatial-before next to sign: 17
spatial-before next to signs: 9
spatial-before next to sill: 2
spatial-before next to sink: 5
spatial-before next to sit: 7
spatial-before next to sits: 45
spatial-before next to sitting: 190
spatial-before next to skateboard: 5
spatial-before next to sky: 5
spatial-before next to sleeping: 2
spatial-before next to slope: 3
spatial-before next to smiling: 3
spatial-before next to snow: 4
spatial-before next to something: 2
spatial-before next to stand: 36
spatial-before next to standing: 332
spatial-before next to stands: 41
spatial-before next to station: 8
spatial-before next to steps: 3
spatial-before next to stick: 2
spatial-before next to stop: 3
spatial-before next to stopped: 2
spatial-before next to street: 56
spatial-before next to suitcase: 2
spatial-before next to sun: 3
spatial-before next to surfboard: 2
spatial-before next to surfboards: 2
spatial-before next to surrounded: 12
spatial-before next to swimming: 2
spatial-before next to table: 46
spatial-before next to television: 2
spatial-before next to together: 7
spatial-before next to toilet: 6
spatial-before next to top: 3
spatial-before next to towed: 2
spatial-before next to tower: 14
spatial-before next to track: 18
spatial-before next to tracks: 31
spatial-before next to traffic: 2
spatial-before next to train: 13
spatial-before next to tree: 7
spatial-before next to trees: 2
spatial-before next to trick: 2
spatial-before next to truck: 3
spatial-before next to tub: 2
spatial-before next to umbrella: 14
spatial-before next to umbrellas: 3
spatial-before next to up: 19
spatial-before next to vase: 2
spatial-before next to very: 5
spatial-before next to walk: 7
spatial-before next to walking: 28
spatial-before next to walks: 4
spatial-before next to wall: 10
spatial-before next to water: 25
spatial-before next to waves: 5
spatial-before next to window: 2
spatial-before next to woman: 6
spatial-before next to woods: 3
spatial-before next to yard: 3
spatial-before next to zebra: 3
spatial-before next to zoo: 2
spatial-before on action: 4
spatial-before on air: 21
spatial-before on airborne: 2
spatial-before on airplane: 6
spatial-before on alone: 6
spatial-before on and: 5
spatial-before on animal: 3
spatial-before on animals: 6
spatial-before on another: 2
spatial-before on apples: 4
spatial-before on are: 82
spatial-before on area: 2
spatial-before on around: 7
spatial-before on arranged: 10
spatial-before on art: 2
spatial-before on asleep: 5
spatial-before on bag: 4
spatial-before on balances: 2
spatial-before on balancing: 3
spatial-before on ball: 35
spatial-before on banana: 5
spatial-before on bananas: 22
spatial-before on bar: 3
spatial-before on base: 2
spatial-before on baseball: 11
spatial-before on bat: 18
spatial-before on bats: 2
spatial-before on beach: 2
spatial-before on beans: 4
spatial-before on bear: 7
spatial-before on bears: 3
spatial-before on bed: 4
spatial-before on bench: 6
spatial-before on benches: 3
spatial-before on beverages: 2
spatial-before on bicycle: 5
spatial-before on bicycles: 2
spatial-before on bike: 11
spatial-before on bikes: 4
spatial-before on bird: 12
spatial-before on blanket: 9
spatial-before on blankets: 3
spatial-before on blender: 6
spatial-before on board: 33
spatial-before on boards: 6
spatial-before on boat: 11
spatial-before on boats: 3
spatial-before on book: 9
spatial-before on books: 4
spatial-before on bowl: 11
spatial-before on bowls: 2
spatial-before on box: 4
spatial-before on boxes: 3
spatial-before on boy: 15
spatial-before on bread: 7
spatial-before on break: 2
spatial-before on bridge: 4
spatial-before on broccoli: 7
spatial-before on browsing: 2
spatial-before on brush: 3
spatial-before on building: 3
spatial-before on bus: 34
spatial-before on buses: 7
spatial-before on button: 3
spatial-before on buttons: 2
spatial-before on by: 5
spatial-before on cake: 23
spatial-before on can: 2
spatial-before on candle: 2
spatial-before on candles: 11
spatial-before on car: 9
spatial-before on carriage: 2
spatial-before on carrots: 3
spatial-before on cars: 18
spatial-before on cart: 2
spatial-before on case: 4
spatial-before on cast: 2
spatial-before on cat: 24
spatial-before on cats: 2
spatial-before on cellphone: 2
spatial-before on chair: 3
spatial-before on chairs: 5
spatial-before on cheese: 3
spatial-before on chewing: 4
spatial-before on child: 8
spatial-before on children: 2
spatial-before on climbing: 2
spatial-before on clock: 43
spatial-before on coffee: 2
spatial-before on computer: 16
spatial-before on computers: 4
spatial-before on container: 2
spatial-before on control: 5
spatial-before on cooked: 2
spatial-before on cooking: 4
spatial-before on corn: 2
spatial-before on corner: 4
spatial-before on cows: 2
spatial-before on crate: 2
spatial-before on crouched: 2
spatial-before on cup: 2
spatial-before on cupcakes: 2
spatial-before on curb: 2
spatial-before on desert: 3
spatial-before on desk: 2
spatial-before on dessert: 2
spatial-before on devices: 3
spatial-before on dinner: 2
spatial-before on directions: 5
spatial-before on dish: 9
spatial-before on dispenser: 2
spatial-before on display: 7
spatial-before on displayed: 10
spatial-before on distance: 2
spatial-before on docked: 5
spatial-before on dog: 47
spatial-before on dogs: 14
spatial-before on donuts: 4
spatial-before on door: 2
spatial-before on doughnuts: 3
spatial-before on down: 48
spatial-before on draped: 2
spatial-before on drink: 5
spatial-before on drinks: 2
spatial-before on driving: 15
spatial-before on eaten: 2
spatial-before on eggs: 3
spatial-before on engine: 2
spatial-before on equipment: 2
spatial-before on face: 4
spatial-before on feathers: 3
spatial-before on feet: 2
spatial-before on fence: 5
spatial-before on flag: 2
spatial-before on floating: 12
spatial-before on flower: 2
spatial-before on flowers: 15
spatial-before on focus: 6
spatial-before on food: 61
spatial-before on foot: 3
spatial-before on fork: 5
spatial-before on fries: 3
spatial-before on frisbee: 18
spatial-before on frosting: 2
spatial-before on fruit: 7
spatial-before on fruits: 2
spatial-before on game: 15
spatial-before on games: 4
spatial-before on gathered: 5
spatial-before on get: 2
spatial-before on getting: 3
spatial-before on giraffes: 3
spatial-before on girl: 9
spatial-before on glass: 4
spatial-before on glasses: 6
spatial-before on graffiti: 9
spatial-before on grass: 3
spatial-before on graze: 2
spatial-before on grazes: 2
spatial-before on grazing: 31
spatial-before on greens: 5
spatial-before on grinding: 4
spatial-before on growing: 4
spatial-before on guitar: 2
spatial-before on guy: 4
spatial-before on half: 3
spatial-before on hand: 8
spatial-before on hands: 5
spatial-before on hang: 3
spatial-before on hanging: 22
spatial-before on hangs: 4
spatial-before on hat: 6
spatial-before on head: 13
spatial-before on her: 3
spatial-before on hill: 4
spatial-before on him: 4
spatial-before on himself: 2
spatial-before on holding: 18
spatial-before on horse: 7
spatial-before on horses: 23
spatial-before on hung: 2
spatial-before on hydrant: 30
spatial-before on in: 5
spatial-before on inside: 2
spatial-before on is: 186
spatial-before on it: 12
spatial-before on items: 5
spatial-before on itself: 4
spatial-before on jump: 4
spatial-before on jumping: 2
spatial-before on keyboard: 11
spatial-before on kid: 4
spatial-before on kids: 2
spatial-before on kite: 25
spatial-before on kites: 11
spatial-before on knife: 4
spatial-before on laid: 3
spatial-before on lamp: 2
spatial-before on landed: 4
spatial-before on landing: 3
spatial-before on lands: 2
spatial-before on laptop: 34
spatial-before on lay: 3
spatial-before on laying: 128
spatial-before on lays: 4
spatial-before on leaning: 12
spatial-before on leans: 3
spatial-before on leaves: 2
spatial-before on ledge: 2
spatial-before on left: 2
spatial-before on legged: 2
spatial-before on lie: 2
spatial-before on lies: 6
spatial-before on light: 14
spatial-before on lights: 8
spatial-before on line: 4
spatial-before on liquid: 2
spatial-before on located: 3
spatial-before on logo: 2
spatial-before on look: 2
spatial-before on low: 3
spatial-before on luggage: 11
spatial-before on lying: 31
spatial-before on man: 111
spatial-before on match: 2
spatial-before on meal: 3
spatial-before on meat: 2
spatial-before on men: 9
spatial-before on meter: 3
spatial-before on meters: 2
spatial-before on microwave: 4
spatial-before on monitor: 6
spatial-before on monitors: 3
spatial-before on motorcycle: 17
spatial-before on motorcycles: 6
spatial-before on mounted: 6
spatial-before on mouse: 6
spatial-before on mouth: 2
spatial-before on moves: 2
spatial-before on moving: 2
spatial-before on mural: 2
spatial-before on nap: 3
spatial-before on neatly: 2
spatial-before on night: 3
spatial-before on notebook: 2
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
spatial-before on paint: 2
spatial-before on painted: 3
spatial-before on pan: 7
spatial-before on pancakes: 2
spatial-before on paper: 4
spatial-before on parked: 72
spatial-before on passengers: 5
spatial-before on pastries: 3
spatial-before on pastry: 2
spatial-before on paw: 2
spatial-before on paws: 3
spatial-before on peels: 2
spatial-before on pen: 2
spatial-before on people: 73
spatial-before on perched: 41
spatial-before on perches: 4
spatial-before on performing: 4
spatial-before on person: 70
spatial-before on phone: 13
spatial-before on photo: 2
spatial-before on photos: 2
spatial-before on picture: 7
spatial-before on pictures: 2
spatial-before on pie: 2
spatial-before on piled: 3
spatial-before on pineapples: 2
spatial-before on pitcher: 3
spatial-before on pizza: 56
spatial-before on place: 2
spatial-before on placed: 17
spatial-before on plane: 10
spatial-before on plants: 2
spatial-before on plate: 33
spatial-before on plates: 4
spatial-before on play: 4
spatial-before on player: 12
spatial-before on players: 10
spatial-before on playing: 24
spatial-before on plays: 2
spatial-before on pole: 11
spatial-before on policeman: 4
spatial-before on posed: 4
spatial-before on poses: 2
spatial-before on posing: 4
spatial-before on positioned: 2
spatial-before on post: 2
spatial-before on posted: 7
spatial-before on pot: 7
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
spatial-before on resting: 18
spatial-before on rests: 8
spatial-before on ribbon: 2
spatial-before on ride: 7
spatial-before on rider: 2
spatial-before on rides: 8
spatial-before on riding: 59
spatial-before on road: 4
spatial-before on rock: 3
spatial-before on room: 2
spatial-before on row: 2
spatial-before on run: 3
spatial-before on running: 9
spatial-before on salad: 7
spatial-before on sand: 4
spatial-before on sandwich: 24
spatial-before on sandwiches: 5
spatial-before on sauce: 5
spatial-before on sausage: 2
spatial-before on sculpture: 2
spatial-before on seated: 6
spatial-before on seen: 2
spatial-before on serve: 2
spatial-before on served: 11
spatial-before on set: 11
spatial-before on sets: 2
spatial-before on setting: 6
spatial-before on shadow: 2
spatial-before on sheep: 10
spatial-before on sheets: 2
spatial-before on shining: 3
spatial-before on shirt: 4
spatial-before on shoe: 2
spatial-before on shoes: 2
spatial-before on shown: 6
spatial-before on side: 7
spatial-before on sidewalk: 2
spatial-before on sign: 30
spatial-before on signs: 16
spatial-before on sink: 2
spatial-before on sit: 47
spatial-before on siting: 3
spatial-before on sits: 169
spatial-before on sitting: 954
spatial-before on skateboard: 40
spatial-before on skateboarding: 9
spatial-before on skateboards: 6
spatial-before on skating: 7
spatial-before on ski: 3
spatial-before on skier: 2
spatial-before on skiers: 3
spatial-before on skies: 4
spatial-before on skiing: 26
spatial-before on skillet: 2
spatial-before on skis: 25
spatial-before on sky: 3
spatial-before on sleep: 2
spatial-before on sleeping: 28
spatial-before on sleeps: 6
spatial-before on slice: 4
spatial-before on slices: 3
spatial-before on slope: 3
spatial-before on smiles: 3
spatial-before on smiling: 2
spatial-before on sneakers: 3
spatial-before on snow: 12
spatial-before on snowboard: 8
spatial-before on snowboarding: 3
spatial-before on snuggling: 2
spatial-before on soccer: 9
spatial-before on something: 6
spatial-before on spoon: 3
spatial-before on stacked: 7
spatial-before on stance: 2
spatial-before on stand: 20
spatial-before on standing: 374
spatial-before on stands: 37
spatial-before on station: 2
spatial-before on statue: 2
spatial-before on still: 4
spatial-before on stomping: 2
spatial-before on stool: 2
spatial-before on stop: 3
spatial-before on stopped: 10
spatial-before on stopping: 2
spatial-before on store: 3
spatial-before on stores: 2
spatial-before on strawberries: 2
spatial-before on street: 5
spatial-before on strings: 2
spatial-before on stting: 2
spatial-before on stunt: 3
spatial-before on stunts: 2
spatial-before on suit: 2
spatial-before on suitcase: 2
spatial-before on suitcases: 5
spatial-before on sun: 2
spatial-before on surf: 3
spatial-before on surfboard: 16
spatial-before on surfboards: 8
spatial-before on surfer: 2
spatial-before on surfing: 16
spatial-before on surfs: 2
spatial-before on swimming: 2
spatial-before on table: 4
spatial-before on tags: 3
spatial-before on talking: 6
spatial-before on television: 2
spatial-before on tennis: 39
spatial-before on them: 3
spatial-before on things: 3
spatial-before on tie: 2
spatial-before on time: 2
spatial-before on together: 24
spatial-before on tomatoes: 4
spatial-before on top: 3
spatial-before on toppings: 2
spatial-before on tops: 2
spatial-before on towel: 3
spatial-before on tower: 10
spatial-before on track: 3
spatial-before on traffic: 7
spatial-before on train: 45
spatial-before on trains: 3
spatial-before on travel: 2
spatial-before on traveling: 16
spatial-before on travelling: 2
spatial-before on tray: 3
spatial-before on trays: 2
spatial-before on trick: 42
spatial-before on tricks: 19
spatial-before on truck: 14
spatial-before on tulips: 2
spatial-before on turn: 2
spatial-before on turns: 2
spatial-before on tv: 6
spatial-before on types: 2
spatial-before on typing: 6
spatial-before on umbrella: 14
spatial-before on umbrellas: 3
spatial-before on uniform: 3
spatial-before on uniforms: 2
spatial-before on up: 45
spatial-before on vase: 8
spatial-before on vases: 2
spatial-before on vegetables: 12
spatial-before on vehicles: 4
spatial-before on waiting: 7
spatial-before on walk: 7
spatial-before on walking: 60
spatial-before on walks: 6
spatial-before on wall: 2
spatial-before on watch: 2
spatial-before on water: 14
spatial-before on wave: 40
spatial-before on waves: 11
spatial-before on wetsuit: 2
spatial-before on while: 9
spatial-before on wii: 2
spatial-before on wine: 5
spatial-before on wires: 2
spatial-before on woman: 27
spatial-before on women: 3
spatial-before on work: 3
spatial-before on working: 14
spatial-before on works: 2
spatial-before on writes: 2
spatial-before on writing: 6
spatial-before on zebra: 2
spatial-before on zebras: 4
spatial-before outside an: 12
spatial-before outside are: 5
spatial-before outside bench: 4
spatial-before outside bite: 2
spatial-before outside cat: 3
spatial-before outside clock: 2
spatial-before outside coming: 3
spatial-before outside dog: 3
spatial-before outside drinking: 3
spatial-before outside eating: 6
spatial-before outside field: 4
spatial-before outside fire: 2
spatial-before outside food: 5
spatial-before outside frisbee: 4
spatial-before outside from: 2
spatial-before outside grass: 2
spatial-before outside hanging: 2
spatial-before outside head: 10
spatial-before outside hydrant: 2
spatial-before outside is: 6
spatial-before outside jumping: 2
spatial-before outside looking: 11
spatial-before outside looks: 2
spatial-before outside man: 2
spatial-before outside motorcycle: 3
spatial-before outside parked: 16
spatial-before outside people: 5
spatial-before outside pizza: 2
spatial-before outside placed: 2
spatial-before outside poles: 2
spatial-before outside pond: 2
spatial-before outside right: 2
spatial-before outside road: 2
spatial-before outside sidewalk: 2
spatial-before outside sign: 4
spatial-before outside sit: 3
spatial-before outside sits: 4
spatial-before outside sitting: 20
spatial-before outside skateboard: 4
spatial-before outside stand: 3
spatial-before outside standing: 28
spatial-before outside stands: 2
spatial-before outside stares: 3
spatial-before outside sticking: 7
spatial-before outside street: 2
spatial-before outside table: 6
spatial-before outside tables: 3
spatial-before outside the: 11
spatial-before outside together: 6
spatial-before outside truck: 2
spatial-before outside turkey: 3
spatial-before outside umbrella: 2
spatial-before outside up: 4
spatial-before outside walk: 3
spatial-before outside walking: 2
spatial-before outside water: 4
spatial-before the bottom at: 12
spatial-before the bottom in: 2
spatial-before the bottom into: 2
spatial-before the bottom of: 2
spatial-before the bottom on: 2
spatial-before the bottom onto: 2
spatial-before the left a: 3
spatial-before the left the: 2
spatial-before the left their: 3
spatial-before the right his: 5
spatial-before the right in: 2
spatial-before the right on: 2
spatial-before the right the: 2
spatial-before the right to: 3
spatial-before the top at: 37
spatial-before the top from: 2
spatial-before the top in: 3
spatial-before the top on: 25
spatial-before the top over: 4
spatial-before the top to: 5
spatial-before toward air: 2
spatial-before toward coming: 2
spatial-before toward facing: 2
spatial-before toward flying: 2
spatial-before toward going: 2
spatial-before toward head: 2
spatial-before toward looking: 3
spatial-before toward looks: 2
spatial-before toward pointing: 2
spatial-before toward reaching: 2
spatial-before toward running: 4
spatial-before toward runs: 3
spatial-before toward up: 2
spatial-before toward walking: 6
spatial-before toward walks: 3
spatial-before under and: 2
spatial-before under are: 3
spatial-before under asleep: 2
spatial-before under beach: 7
spatial-before under bear: 2
spatial-before under bed: 4
spatial-before under bench: 7
spatial-before under chairs: 3
spatial-before under clock: 2
spatial-before under display: 2
spatial-before under dogs: 2
spatial-before under field: 8
spatial-before under flying: 2
spatial-before under from: 6
spatial-before under going: 2
spatial-before under grass: 3
spatial-before under ground: 2
spatial-before under hiding: 2
spatial-before under is: 5
spatial-before under laying: 5
spatial-before under light: 3
spatial-before under ocean: 2
spatial-before under other: 3
spatial-before under outside: 3
spatial-before under paddle: 2
spatial-before under parked: 3
spatial-before under passes: 2
spatial-before under passing: 2
spatial-before under people: 4
spatial-before under rain: 3
spatial-before under sidewalk: 5
spatial-before under sign: 6
spatial-before under sink: 7
spatial-before under sit: 3
spatial-before under sits: 4
spatial-before under sitting: 31
spatial-before under stand: 3
spatial-before under standing: 25
spatial-before under stands: 4
spatial-before under station: 2
spatial-before under street: 5
spatial-before under surfboard: 2
spatial-before under surfboards: 2
spatial-before under table: 4
spatial-before under together: 2
spatial-before under toilet: 2
spatial-before under track: 2
spatial-before under tracks: 5
spatial-before under traveling: 3
spatial-before under walking: 3
spatial-before under walks: 2
spatial-before under water: 3
spatial-det above det: 362
spatial-det above none: 68
spatial-det away none: 8
spatial-det behind det: 182
spatial-det behind none: 137
spatial-det far from det: 14
spatial-det far from none: 4
spatial-det in front of det: 560
spatial-det in front of none: 122
spatial-det inside det: 4481
spatial-det inside none: 74
spatial-det next to det: 2228
spatial-det next to none: 527
spatial-det on det: 6283
spatial-det on none: 84
spatial-det outside det: 199
spatial-det outside none: 172
spatial-det the bottom none: 25
spatial-det the left none: 12
spatial-det the right none: 16
spatial-det the top none: 94
spatial-det toward det: 63
spatial-det toward none: 11
spatial-det under det: 306
spatial-det under none: 33
spoon: 49
square: 23
standing: 1813
steak: 3
stone: 57
stool: 15
stop sign: 151
strawberry: 29
street sign: 200
striped: 36
stuffed animal: 70
suitcase: 87
sunny: 50
surfboard: 285
surfer: 110
sushi: 4
swan: 11
sweater: 9
table: 1165
tablet: 2
taco: 1
tea: 14
teal: 6
teddy bear: 192
ten: 1
tennis ball: 123
tennis player: 151
tennis racket: 215
tent: 16
terrier: 1
the bottom: 26
the left: 12
the right: 16
the top: 94
three: 262
tie: 128
tiger: 2
toaster: 14
toilet: 439
tomato: 44
toward: 74
tower: 38
traffic light: 113
train: 699
tram: 20
tree: 478
triangular: 1
truck: 188
tv: 165
two: 1243
under: 339
van: 17
vase: 162
vest: 12
walking: 610
wall: 309
water: 567
watermelon: 3
wet: 50
white: 1326
wicker: 5
window: 303
wine: 93
wolf: 2
woman: 1503
wooden: 432
yacht: 2
yellow: 262
young: 675
zebra: 366
zucchini: 1
