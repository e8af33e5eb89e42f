
# Objects: each line is a group of co-hyponyms (things of the same kind that look
# different); an object is replaced by another member of its group. `sing/plural` gives
# the plural (default: add -s); `=` joins synonyms, which never replace each other.
# Nouns whose singular and plural are equal (sheep) are left out on purpose: their number
# cannot be told from the word.
pet: dog = puppy/puppies = pup, cat = kitten = kitty/kitties, rabbit = bunny/bunnies, hamster
farm_animal: horse = pony/ponies, cow = bull, goat, pig, donkey, chicken = hen, duck
wild_animal: elephant, giraffe, zebra, bear, polar bear, lion, tiger, monkey, kangaroo, rhinoceros = rhino, hippopotamus = hippo, fox/foxes, wolf/wolves, otter, gazelle, cheetah, leopard
bird: bird, pigeon, seagull = gull, parrot, crow, owl, eagle, swan
dog_breed: corgi, dachshund, poodle, labrador, beagle, bulldog, terrier, german shepherd
vehicle: car = automobile = sedan, truck = pickup truck = pickup, van, bus/buses, jeep, suv, bicycle = bike, motorcycle = motorbike, scooter
rail: train, tram = trolley/trolleys = streetcar
craft: boat = ship, canoe, kayak, sailboat, yacht
aircraft: airplane = plane = jet, helicopter, blimp
seat: chair, bench/benches, couch/couches = sofa, stool
table: table, desk
bed: bed, crib, hammock
fruit: apple, banana, orange, pear, lemon, peach/peaches, strawberry/strawberries, grape, cherry/cherries, pineapple, watermelon
vegetable: broccoli/broccoli, carrot, tomato/tomatoes, potato/potatoes, cucumber, onion, pepper, zucchini/zucchini
baked: cake, pie, donut = doughnut, cupcake, muffin, cookie, bagel, croissant
meal: pizza, sandwich/sandwiches = sub, hot dog = hotdog, burger = hamburger = cheeseburger, taco, salad, steak, sushi/sushi, pasta/pasta, soup/soup
drink: coffee/coffee, tea/tea, milk/milk, juice/juice, beer/beer, wine/wine, water/water, soda/soda
vessel: cup = mug, glass/glasses, bowl, plate = dish/dishes, bottle, vase, pitcher, jar
cutlery: fork, knife/knives, spoon, chopstick
device: tv/tvs = television, laptop = notebook computer, cell phone = cellphone = phone = smartphone = mobile phone, tablet, camera, remote = remote control, keyboard, mouse/mice, monitor
appliance: refrigerator = fridge, oven = stove, microwave, toaster, sink, dishwasher
bath: toilet, bathtub = tub, shower
ball: ball, frisbee, kite, balloon
sport_ball: basketball, volleyball, soccer ball = football, tennis ball, baseball, golf ball
sport_gear: skateboard, snowboard, surfboard, ski, tennis racket = racket, baseball bat = bat
bag: backpack, handbag = purse, suitcase = luggage/luggage, basket, box/boxes
clothing_top: shirt = t-shirt = tee shirt, jacket = coat, sweater, dress/dresses, hoodie, vest
headwear: hat = cap, helmet, bandana, headband
footwear: shoe, boot, sandal, sneaker
accessory: tie, scarf/scarves, necklace, bracelet
person_adult: man/men = gentleman/gentlemen = guy, woman/women = lady/ladies
person_child: boy, girl
person_age: child/children = kid, adult
person_role: chef, doctor, police officer = policeman/policemen, soldier, nurse, waiter, farmer
athlete: skier, surfer, skateboarder, snowboarder, tennis player, baseball player, soccer player
plant: tree, bush/bushes = shrub, flower, cactus/cacti, palm tree
furniture_storage: shelf/shelves, cabinet, dresser, drawer
building: house = home, church/churches, tower, barn, tent, hut, castle
structure: bridge, fence, wall, gate, pole, fountain
street_thing: mailbox/mailboxes, traffic light = stoplight = traffic signal, stop sign, fire hydrant = hydrant, parking meter, street sign, lamp post = lamppost = street light = streetlight
room: kitchen, bathroom, bedroom, living room, office, garage
terrain: beach/beaches, field, park, forest, desert, mountain = hill
water_body: lake = pond, river = stream, ocean = sea
surface_ground: grass/grass = lawn, sand/sand, snow/snow, dirt/dirt, gravel/gravel
book_like: book, magazine, newspaper, notebook
toy: teddy bear, doll, stuffed animal
light_source: lamp, candle, lantern, chandelier
window_like: window, door, mirror
instrument: guitar, piano, violin, drum, trumpet
tool: scissors/scissors, hammer, screwdriver, wrench
