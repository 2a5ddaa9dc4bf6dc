print("mekong")
