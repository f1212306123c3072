package org.detente.cli;

/** Input the user can correct: a bad date or range, an unknown watch, an invalid watch or lexicon file. */
class UserInputException extends RuntimeException {

    UserInputException(String message) {
        super(message);
    }
}
