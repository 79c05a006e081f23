from demo.seed import main

main()
