# Objects: each line is a group of co-hyponyms (things of the same kind that look
# different); an object is replaced by another member of its group. No two values of a
# group are synonyms, nor is one a kind of the other (WordNet 3.0, any sense: a crow is a
# bird, so "bird" is not in the group of crows, and "crow" -> "bird" never happens);
# tests/test_perturb_lexicons.py checks it, with the few pairs WordNet relates only through
# a rare sense listed there. `sing/plural` gives
# the plural (default: add -s); `=` joins synonyms, which never replace each other.
# Nouns whose singular and plural are equal (sheep) are left out on purpose: their number
# cannot be told from the word.
animal: dog = puppy/puppies = pup, cat = kitten = kitty/kitties, rabbit = bunny/bunnies, hamster, horse = pony/ponies, cow = bull, goat, pig, donkey, elephant, giraffe, zebra, bear, monkey, kangaroo, rhinoceros = rhino, hippopotamus = hippo, fox/foxes, wolf/wolves, otter, gazelle, bird, butterfly, squirrel, frog, turtle, snake, lizard
big_cat: lion, tiger, cheetah, leopard
bear_kind: polar bear, panda = panda bear = giant panda, grizzly bear = grizzly = brown bear
bird_kind: pigeon, seagull = gull, parrot, crow, owl, eagle, swan, duck, chicken = hen
dog_breed: corgi, dachshund, poodle, labrador, beagle, bulldog, terrier, german shepherd
vehicle: car = automobile = sedan, truck = pickup truck = pickup, bus/buses, bicycle, motorcycle = motorbike, scooter, boat = ship, train, tram = trolley/trolleys = streetcar, airplane = plane = jet, helicopter, blimp
craft: canoe, sailboat, yacht
seat: chair, bench/benches, couch/couches = sofa, stool
furniture: table, bed, shelf/shelves, cabinet
work_surface: desk, counter = countertop
food: apple, banana, orange, pear, lemon, peach/peaches, strawberry/strawberries, grape, cherry/cherries, pineapple, watermelon, carrot, tomato/tomatoes, potato/potatoes, cucumber, onion, pepper, cake, pie, pizza, sandwich/sandwiches = sub, taco, salad, steak, broccoli/broccoli, sushi/sushi, pasta/pasta, soup/soup, rice/rice, bread/bread, cheese/cheese
baked: donut = doughnut, cupcake, muffin, cookie, bagel, croissant, hot dog = hotdog, burger = hamburger = cheeseburger
drink: coffee/coffee, tea/tea, milk/milk, juice/juice, beer/beer, wine/wine, water/water, soda/soda
vessel: cup = mug, glass/glasses, bowl, plate, bottle, vase, pitcher, tray, pot, pan
cutlery: fork, knife/knives, spoon, chopstick
device: tv/tvs = television, laptop = notebook computer, cell phone = cellphone = phone = smartphone = mobile phone, tablet, camera, remote = remote control, keyboard, mouse/mice, monitor, refrigerator = fridge, oven = stove, microwave, toaster, sink, dishwasher, clock
bath: toilet, bathtub = tub, shower
ball: ball, frisbee, kite, balloon = hot air balloon
sport_ball: basketball, volleyball, soccer ball = football, tennis ball, baseball, golf ball
sport_gear: skateboard, snowboard, surfboard, ski, tennis racket = racket, baseball bat = bat
bag: backpack, handbag = purse, suitcase = luggage/luggage, basket, box/boxes
clothing: shirt = t-shirt = tee shirt, jacket = coat, sweater, dress/dresses, hoodie, vest, hat = cap, helmet, bandana, headband, shoe, boot, tie, scarf/scarves, necklace, bracelet
person: man/men = gentleman/gentlemen = guy, woman/women = lady/ladies
person_child: boy, girl
person_age: child/children = kid, adult
person_role: chef, doctor, police officer = policeman/policemen, soldier, nurse, waiter, farmer
athlete: skier, surfer, skateboarder, snowboarder, tennis player, baseball player, soccer player
plant: tree, bush/bushes = shrub, flower, cactus/cacti
structure: house = home, church/churches, tower, barn, tent, hut, bridge, fence, wall, gate, pole, fountain, statue
street_thing: mailbox/mailboxes, traffic light = stoplight = traffic signal, stop sign, fire hydrant = hydrant, parking meter, street sign, lamp post = lamppost = street light = streetlight
room: kitchen, bathroom, bedroom, living room, office, garage
place: beach/beaches, field, park, forest, desert, mountain = hill, lake = pond, river = stream, ocean = sea, street = road, sidewalk, runway, station, restaurant, store = shop, zoo, market, school, hotel
surface_ground: grass/grass = lawn, sand/sand, snow/snow, gravel/gravel
book_like: book, magazine, newspaper
toy: teddy bear, doll, stuffed animal
light_source: lamp, chandelier
window_like: window, door, mirror
textile: blanket, pillow, towel, curtain, rug
instrument: guitar, piano, violin, drum, trumpet
tool: scissors/scissors, hammer, screwdriver, wrench
