package dev.vitrine.account.web;

import dev.vitrine.account.entity.AppUser;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The user name typed on the sign-in page, trimmed and cut to the longest a user name can be, so a huge
 * name is neither kept nor shown back on the page.
 */
@FacesConverter("vitrine.username")
public class UsernameConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null) {
            return null;
        }
        String name = value.strip();
        return name.length() <= AppUser.USERNAME_LENGTH ? name : name.substring(0, AppUser.USERNAME_LENGTH);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
