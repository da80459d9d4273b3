from cpcollab.cli import main

main()
